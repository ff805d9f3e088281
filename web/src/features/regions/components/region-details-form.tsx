import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { updateRegionSchema, type Region } from '../../../../../shared/schemas/region';
import { SchemaForm } from '../../../components/ui/schema-form';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useUpdateRegion } from '../api/use-update-region';
import { RegionFields } from './region-fields';

/** Name, description and language of a region. */
export function RegionDetailsForm({ region }: { region: Region }) {
  const { t } = useTranslation();
  const toast = useToast();
  const updateRegion = useUpdateRegion(region.id);
  const form = useSchemaForm(updateRegionSchema);

  return (
    <Card asChild>
      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('settings.details-heading')}</h2>
        <SchemaForm
          form={form}
          pending={updateRegion.isPending}
          submitLabel={t('settings.save')}
          className="form"
          onValid={(input) => {
            updateRegion.mutate(input, {
              onSuccess: () => toast.show({ message: t('settings.saved') }),
              onError: form.fail,
            });
          }}
        >
          <RegionFields values={region} errors={form.fieldErrors} />
        </SchemaForm>
      </section>
    </Card>
  );
}

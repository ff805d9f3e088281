import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { updateRegionSchema, type Region } from '../../../../../shared/schemas/region';
import { SchemaForm } from '../../../components/ui/schema-form';
import { useToast } from '../../../components/ui/toast-provider';
import { i18n } from '../../../lib/i18n';
import { useLanguage } from '../../../lib/language-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useUpdateRegion } from '../api/use-update-region';
import { RegionFields } from './region-fields';

/** Name, description and language of a region. */
export function RegionDetailsForm({ region }: { region: Region }) {
  const { t } = useTranslation();
  const toast = useToast();
  const updateRegion = useUpdateRegion(region.id);
  const form = useSchemaForm(updateRegionSchema);
  const { chosen } = useLanguage();

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
              // Said in the language the page speaks from now on: a region switched to nynorsk
              // answers in nynorsk, unless the person chose a language for themselves.
              onSuccess: (saved) => toast.show({ key: 'region-saved', message: i18n.getFixedT(chosen ?? saved.language)('settings.saved') }),
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

import { Card } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { updateRegionSchema, type Region } from '../../../../../shared/schemas/region';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useUpdateRegion } from '../api/use-update-region';
import { regionLanguageOptions } from './region-language-options';

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
          <TextField
            name="name"
            label={t('regions.create.name')}
            defaultValue={region.name}
            error={form.fieldErrors.name}
            maxLength={limits.regionName}
            autoComplete="off"
          />
          <TextField
            multiline
            name="description"
            label={t('regions.create.description')}
            hint={t('regions.create.description-hint')}
            defaultValue={region.description}
            error={form.fieldErrors.description}
            maxLength={limits.regionDescription}
            optional
          />
          <RadioGroup
            legend={t('regions.create.language')}
            hint={t('regions.create.language-hint')}
            name="language"
            options={regionLanguageOptions(t)}
            defaultValue={region.language}
            error={form.fieldErrors.language}
          />
        </SchemaForm>
      </section>
    </Card>
  );
}

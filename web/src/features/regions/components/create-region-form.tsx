import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../../shared/limits';
import { createRegionSchema } from '../../../../../shared/schemas/region';
import { RadioGroup } from '../../../components/ui/radio-group';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useCreateRegion } from '../api/use-create-region';
import { regionLanguageOptions } from './region-language-options';

/** Creates a region and opens it. */
export function CreateRegionForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const createRegion = useCreateRegion();
  const form = useSchemaForm(createRegionSchema);

  return (
    <SchemaForm
      form={form}
      pending={createRegion.isPending}
      submitLabel={t('regions.create.submit')}
      pendingLabel={t('regions.create.submitting')}
      className="form"
      onValid={(input) => {
        createRegion.mutate(input, {
          onSuccess: (region) => {
            toast.show({ message: t('regions.create.done', { name: region.name }) });
            void navigate(`/samarbeid/${region.id}`);
          },
          onError: form.fail,
        });
      }}
    >
      <TextField
        name="name"
        label={t('regions.create.name')}
        hint={t('regions.create.name-hint')}
        error={form.fieldErrors.name}
        maxLength={limits.regionName}
        autoComplete="off"
      />
      <TextField
        multiline
        name="description"
        label={t('regions.create.description')}
        hint={t('regions.create.description-hint')}
        error={form.fieldErrors.description}
        maxLength={limits.regionDescription}
        optional
      />
      <RadioGroup
        legend={t('regions.create.language')}
        hint={t('regions.create.language-hint')}
        name="language"
        options={regionLanguageOptions(t)}
        defaultValue="nb"
        error={form.fieldErrors.language}
      />
    </SchemaForm>
  );
}

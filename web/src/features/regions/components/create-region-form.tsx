import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { limits } from '../../../../../shared/limits';
import { createRegionSchema } from '../../../../../shared/schemas/region';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { RadioGroup } from '../../../components/ui/radio-group';
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
    <form
      ref={form.formRef}
      noValidate
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (createRegion.isPending) return;
        const input = form.parse(event);
        if (!input) return;
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
      <FormError message={form.formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={createRegion.isPending}>
          {createRegion.isPending ? t('regions.create.submitting') : t('regions.create.submit')}
        </Button>
      </div>
    </form>
  );
}

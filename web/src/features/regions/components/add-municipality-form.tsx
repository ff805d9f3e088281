import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import { addMunicipalitySchema } from '../../../../../shared/schemas/municipality';
import { SchemaForm } from '../../../components/ui/schema-form';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { useSchemaForm } from '../../../lib/use-schema-form';
import { useAddMunicipality } from '../api/use-add-municipality';

/** Adds a member municipality by name and four-digit kommunenummer. */
export function AddMunicipalityForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const addMunicipality = useAddMunicipality(regionId);
  const form = useSchemaForm(addMunicipalitySchema, {
    issues: {
      kommunenummer: {
        too_small: t('settings.municipalities.number-format'),
        invalid_format: t('settings.municipalities.number-format'),
        custom: t('settings.municipalities.number-county'),
      },
    },
    errors: { conflict: t('settings.municipalities.conflict') },
    errorFields: { conflict: 'kommunenummer' },
  });

  return (
    <SchemaForm
      form={form}
      pending={addMunicipality.isPending}
      submitLabel={t('settings.municipalities.submit')}
      className="form form--inline"
      aria-labelledby="add-municipality-heading"
      onValid={(input, formElement) => {
        addMunicipality.mutate(input, {
          onSuccess: (municipality) => {
            toast.show({ message: t('settings.municipalities.added', { name: municipality.name }) });
            formElement.reset();
            formElement.querySelector<HTMLInputElement>('input')?.focus();
          },
          onError: form.fail,
        });
      }}
    >
      <h3 id="add-municipality-heading">{t('settings.municipalities.add-heading')}</h3>
      <div className="form__row">
        <TextField name="name" label={t('settings.municipalities.name')} error={form.fieldErrors.name} maxLength={limits.municipalityName} autoComplete="off" />
        <TextField
          name="kommunenummer"
          label={t('settings.municipalities.number')}
          hint={t('settings.municipalities.number-hint')}
          error={form.fieldErrors.kommunenummer}
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          width="short"
        />
      </div>
    </SchemaForm>
  );
}

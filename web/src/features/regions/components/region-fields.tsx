import { useTranslation } from 'react-i18next';
import { limits } from '../../../../../shared/limits';
import type { Language } from '../../../../../shared/schemas/language';
import { RadioGroup } from '../../../components/ui/radio-group';
import { TextField } from '../../../components/ui/text-field';
import type { FieldErrors } from '../../../lib/use-schema-form';

interface RegionFieldsProps {
  /** What the fields start with: the region's values when it is edited; empty and bokmål for a new one. */
  values?: { name: string; description: string; language: Language };
  errors: FieldErrors;
  /** Explains the name where a region is made (its settings page has a heading that does). */
  nameHint?: string;
}

/** A region's name, description and language (bokmål or nynorsk, each name marked with its own language). */
export function RegionFields({ values, errors, nameHint }: RegionFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="name"
        label={t('regions.create.name')}
        hint={nameHint}
        defaultValue={values?.name}
        error={errors.name}
        maxLength={limits.regionName}
        counter
        autoComplete="off"
      />
      <TextField
        multiline
        name="description"
        label={t('regions.create.description')}
        hint={t('regions.create.description-hint')}
        defaultValue={values?.description}
        error={errors.description}
        maxLength={limits.regionDescription}
        optional
      />
      <RadioGroup
        legend={t('regions.create.language')}
        hint={t('regions.create.language-hint')}
        name="language"
        options={[
          { value: 'nb', label: t('language.nb'), lang: 'nb' },
          { value: 'nn', label: t('language.nn'), lang: 'nn' },
        ]}
        defaultValue={values?.language ?? 'nb'}
        error={errors.language}
      />
    </>
  );
}

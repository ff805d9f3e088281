import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/schemas/language';
import type { RadioOption } from '../../../components/ui/radio-group';

/** Bokmål and nynorsk as choices, each name marked with its own language. */
export function regionLanguageOptions(t: TFunction): RadioOption<Language>[] {
  return [
    { value: 'nb', label: t('language.nb'), lang: 'nb' },
    { value: 'nn', label: t('language.nn'), lang: 'nn' },
  ];
}

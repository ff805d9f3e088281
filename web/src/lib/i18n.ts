import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { nb, nn } from '../../../shared/i18n/index';
import type { Language } from '../../../shared/schemas/language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}

/** The app's i18next instance, with both catalogues bundled so switching language is instant. */
export const i18n = i18next.createInstance();

export function initI18n(language: Language): void {
  void i18n.use(initReactI18next).init({
    resources: { nb: { translation: nb }, nn: { translation: nn } },
    lng: language,
    fallbackLng: 'nb',
    supportedLngs: ['nb', 'nn'],
    // React escapes what it renders; escaping here too would show "&amp;" in titles.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
}

import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { nb } from '../../../shared/i18n/index';
import { nbWithoutDiagram } from '../../../shared/i18n/nb';
import { nnWithoutDiagram } from '../../../shared/i18n/nn';
import type { Language } from '../../../shared/schemas/language';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}

/**
 * The app's i18next instance, with both catalogues bundled so switching language is instant. The
 * diagram texts come later, with the editors that show them (./diagram-texts.ts).
 */
export const i18n = i18next.createInstance();

export function initI18n(language: Language): void {
  void i18n.use(initReactI18next).init({
    resources: { nb: { translation: nbWithoutDiagram }, nn: { translation: nnWithoutDiagram } },
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

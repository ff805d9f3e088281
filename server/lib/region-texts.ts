import { catalogues, type Catalogue } from '../../shared/i18n/index';
import type { Language } from '../../shared/schemas/language';

/**
 * The catalogue of a region's language, for what the server says to people in that region's flows
 * (field messages in the barometer and the minutes). The web shows `errors.<code>` itself; field
 * messages it shows as the server sent them.
 * @example regionTexts(region.language)['api-fields']['closes-on-past']
 */
export function regionTexts(language: Language): Catalogue {
  return catalogues[language];
}

/** Fills `{{name}}` placeholders in a catalogue text. */
export function fillText(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

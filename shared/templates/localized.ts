import { z } from 'zod';
import type { Language } from '../schemas/language';

/**
 * A text of a template in both written standards. Template content keeps the two side by side at
 * every leaf, so a board built in bokmål and one built in nynorsk always have the same shapes.
 */
export interface Localized {
  nb: string;
  nn: string;
}

/** A localized text: both languages filled (not only spaces), at most `max` characters each. */
export const localizedSchema = (max: number) => z.strictObject({ nb: z.string().trim().min(1).max(max), nn: z.string().trim().min(1).max(max) });

/**
 * Writes a localized text; the template files use it so each pair reads on one line.
 * @example loc('Hvorfor samarbeider vi?', 'Kvifor samarbeider vi?')
 */
export function loc(nb: string, nn: string): Localized {
  return { nb, nn };
}

/** The text in one language. */
export function inLanguage(text: Localized, language: Language): string {
  return text[language];
}

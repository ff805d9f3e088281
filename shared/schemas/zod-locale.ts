import { z } from 'zod';
import type { Language } from './language';

/** Makes zod's built-in messages (wrong type, unknown key…) speak the given Norwegian standard. */
export function setZodLanguage(language: Language): void {
  z.config(language === 'nn' ? z.locales.nn() : z.locales.no());
}

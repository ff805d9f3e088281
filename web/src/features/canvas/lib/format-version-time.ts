import type { Language } from '../../../../../shared/schemas/language';

/**
 * A version's time as people say it: "26. nov. 2025, 13:20". Bokmål is the fallback for browsers
 * without nynorsk date data (the two are written alike).
 */
export function formatVersionTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat([language, 'nb'], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

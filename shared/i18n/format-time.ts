import type { Language } from '../schemas/language';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;
const week = 7 * day;

/**
 * A date as people say it: "3. mars 2025" (bokmål and nynorsk write dates the same way).
 * @param date the moment to show
 * @param language "nb" or "nn"
 */
export function formatDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

/**
 * How long ago something happened, in words: "nå", "for 5 minutter siden" (nb), "for 3 timar
 * sidan" (nn), "i går". After a week it falls back to the date, which is easier to place.
 * @param date when it happened
 * @param now the current time (passed in so the text can be tested and refreshed)
 * @param language "nb" or "nn"
 * @example formatRelativeTime(fiveMinutesAgo, new Date(), 'nb') // "for 5 minutter siden"
 */
export function formatRelativeTime(date: Date, now: Date, language: Language): string {
  // A clock slightly ahead on the server must not produce "om 2 sekunder".
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (seconds < minute) return relative.format(0, 'second');
  if (seconds < hour) return relative.format(-Math.floor(seconds / minute), 'minute');
  if (seconds < day) return relative.format(-Math.floor(seconds / hour), 'hour');
  if (seconds < week) return relative.format(-Math.floor(seconds / day), 'day');
  return formatDate(date, language);
}

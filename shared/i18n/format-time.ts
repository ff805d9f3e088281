import type { Language } from '../schemas/language';
import { nbWithoutDiagram } from './nb';
import { nnWithoutDiagram } from './nn';

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;
const week = 7 * day;

// From the catalogues without their diagram texts, so pages that format a time do not load those.
const timeTexts = { nb: nbWithoutDiagram.time, nn: nnWithoutDiagram.time };

/**
 * A date as people write it: "3. mars 2025". Bokmål and nynorsk write dates alike, and some
 * browsers (Debian's Chromium among them) have no nynorsk date data, so bokmål is the fallback.
 * @param date the moment to show
 * @param language "nb" or "nn"
 */
export function formatDate(date: Date, language: Language): string {
  return dateFormat(language).format(date);
}

/**
 * A date with the time of day, for versions and exports: "26. november 2025 kl. 13:20".
 * @param date the moment to show
 * @param language "nb" or "nn"
 */
export function formatDateTime(date: Date, language: Language): string {
  return cachedFormat('date-time', language).format(date);
}

/**
 * Hours and minutes in Norwegian time, whatever the browser's time zone: "09:30".
 * @param date the moment to show
 * @param language "nb" or "nn"
 */
export function formatClockTime(date: Date, language: Language): string {
  return cachedFormat('clock', language).format(date);
}

/** The long date format of a language, made once. */
export function dateFormat(language: Language): Intl.DateTimeFormat {
  return cachedFormat('date', language);
}

const formatOptions = {
  date: { dateStyle: 'long' },
  'date-time': { dateStyle: 'long', timeStyle: 'short' },
  clock: { timeZone: 'Europe/Oslo', hour: '2-digit', minute: '2-digit' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Making an Intl.DateTimeFormat costs far more than using one (it loads locale data): one per kind and language.
const formats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(kind: keyof typeof formatOptions, language: Language): Intl.DateTimeFormat {
  const key = `${kind} ${language}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat([language, 'nb'], formatOptions[kind]);
    formats.set(key, format);
  }
  return format;
}

function counted(unit: 'minutes' | 'hours' | 'days', count: number, language: Language): string {
  const texts = timeTexts[language];
  // Bokmål and nynorsk have the same two plural forms: 1, and everything else.
  const text = count === 1 ? texts[`${unit}_one`] : texts[`${unit}_other`];
  return text.replace('{{count}}', String(count));
}

/**
 * How long ago something happened, in words from the catalogue: "akkurat nå",
 * "for 5 minutter siden" (nb), "for 3 timar sidan" (nn), "i går". After a week it gives the date,
 * which is easier to place. The words come from the catalogue rather than Intl.RelativeTimeFormat,
 * because browsers without nynorsk locale data would otherwise answer in English.
 * @param date when it happened
 * @param now the current time (passed in so the text can be tested and refreshed)
 * @param language "nb" or "nn"
 * @example formatRelativeTime(fiveMinutesAgo, new Date(), 'nb') // "for 5 minutter siden"
 */
export function formatRelativeTime(date: Date, now: Date, language: Language): string {
  // A server clock slightly ahead must not produce a time in the future.
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < minute) return timeTexts[language].now;
  if (seconds < hour) return counted('minutes', Math.floor(seconds / minute), language);
  if (seconds < day) return counted('hours', Math.floor(seconds / hour), language);
  if (seconds < 2 * day) return timeTexts[language].yesterday;
  if (seconds < week) return counted('days', Math.floor(seconds / day), language);
  return formatDate(date, language);
}

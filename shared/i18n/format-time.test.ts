import { describe, expect, it } from 'vitest';
import { dateFormat, formatClockTime, formatDate, formatDateTime, formatRelativeTime } from './format-time';

const now = new Date('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const minutes = 60;
const hours = 3600;
const days = 24 * hours;

describe('formatRelativeTime', () => {
  it('says "just now" for the last minute, also when the server clock is a little ahead', () => {
    expect(formatRelativeTime(ago(20), now, 'nb')).toBe('akkurat nå');
    expect(formatRelativeTime(ago(-5), now, 'nb')).toBe('akkurat nå');
    expect(formatRelativeTime(ago(20), now, 'nn')).toBe('akkurat no');
  });

  it('counts minutes and hours in the chosen written standard, with singular and plural', () => {
    expect(formatRelativeTime(ago(1 * minutes), now, 'nb')).toBe('for 1 minutt siden');
    expect(formatRelativeTime(ago(5 * minutes), now, 'nb')).toBe('for 5 minutter siden');
    expect(formatRelativeTime(ago(5 * minutes + 59), now, 'nn')).toBe('for 5 minutt sidan');
    expect(formatRelativeTime(ago(1 * hours), now, 'nb')).toBe('for 1 time siden');
    expect(formatRelativeTime(ago(3 * hours), now, 'nb')).toBe('for 3 timer siden');
    expect(formatRelativeTime(ago(3 * hours), now, 'nn')).toBe('for 3 timar sidan');
  });

  it('says "yesterday", counts days, and gives the date after a week', () => {
    expect(formatRelativeTime(ago(26 * hours), now, 'nb')).toBe('i går');
    expect(formatRelativeTime(ago(3 * days), now, 'nb')).toBe('for 3 dager siden');
    expect(formatRelativeTime(ago(3 * days), now, 'nn')).toBe('for 3 dagar sidan');
    expect(formatRelativeTime(ago(8 * days), now, 'nb')).toBe('2. mars 2025');
  });
});

describe('formatDate', () => {
  it('writes the day, the month in words and the year', () => {
    expect(formatDate(new Date('2025-03-02T12:00:00Z'), 'nb')).toBe('2. mars 2025');
    expect(formatDate(new Date('2025-03-02T12:00:00Z'), 'nn')).toBe('2. mars 2025');
  });
});

describe('dateFormat', () => {
  it('makes one Intl.DateTimeFormat per language and reuses it', () => {
    expect(dateFormat('nb')).toBe(dateFormat('nb'));
    expect(dateFormat('nn')).toBe(dateFormat('nn'));
    expect(formatDate(new Date('2025-03-02T12:00:00Z'), 'nb')).toBe('2. mars 2025');
  });
});

describe('formatDateTime', () => {
  it('writes the date as formatDate does, then the time of day', () => {
    // Midday UTC is the same date in every time zone people use Planrom in.
    const text = formatDateTime(new Date('2025-03-02T12:00:00Z'), 'nb');
    expect(text.startsWith('2. mars 2025')).toBe(true);
    expect(text).toMatch(/\d{2}[:.]\d{2}$/);
    expect(formatDateTime(new Date('2025-03-02T12:00:00Z'), 'nn').startsWith('2. mars 2025')).toBe(true);
  });
});

describe('formatClockTime', () => {
  it('gives hours and minutes in Norwegian time, summer and winter', () => {
    expect(formatClockTime(new Date('2026-11-03T08:00:00Z'), 'nb')).toBe('09:00');
    expect(formatClockTime(new Date('2026-06-03T08:00:00Z'), 'nn')).toBe('10:00');
  });
});

import { describe, expect, it } from 'vitest';
import { formatDate, formatRelativeTime } from './format-time';

const now = new Date('2025-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('formatRelativeTime', () => {
  it('says "now" for the last minute, also when the server clock is a little ahead', () => {
    expect(formatRelativeTime(ago(20), now, 'nb')).toBe('nå');
    expect(formatRelativeTime(ago(-5), now, 'nb')).toBe('nå');
    expect(formatRelativeTime(ago(20), now, 'nn')).toBe('no');
  });

  it('counts minutes and hours in the chosen written standard', () => {
    expect(formatRelativeTime(ago(5 * 60), now, 'nb')).toBe('for 5 minutter siden');
    expect(formatRelativeTime(ago(5 * 60), now, 'nn')).toBe('for 5 minutt sidan');
    expect(formatRelativeTime(ago(3 * 3600 + 59), now, 'nb')).toBe('for 3 timer siden');
    expect(formatRelativeTime(ago(3 * 3600), now, 'nn')).toBe('for 3 timar sidan');
  });

  it('says "yesterday" and then falls back to the date after a week', () => {
    expect(formatRelativeTime(ago(26 * 3600), now, 'nb')).toBe('i går');
    expect(formatRelativeTime(ago(8 * 24 * 3600), now, 'nb')).toBe(formatDate(ago(8 * 24 * 3600), 'nb'));
    expect(formatDate(new Date('2025-03-02T12:00:00Z'), 'nn')).toBe('2. mars 2025');
  });
});

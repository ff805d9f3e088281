import { describe, expect, it } from 'vitest';
import { barometerRoundStatus, norwegianDay } from './round-status';

describe('barometer round status', () => {
  it('takes the day in Norway, not in UTC', () => {
    // 23:30 UTC on 31 May is already 1 June in Oslo (summer time, UTC+2).
    expect(norwegianDay(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
    expect(norwegianDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });

  it('is open through the closing day and closed the day after', () => {
    const round = { closesOn: '2026-06-10', closedAt: null };
    expect(barometerRoundStatus(round, new Date('2026-06-10T21:59:00Z'))).toBe('open');
    expect(barometerRoundStatus(round, new Date('2026-06-10T22:00:00Z'))).toBe('closed');
  });

  it('is closed once a coordinator closed it, whatever the date', () => {
    expect(barometerRoundStatus({ closesOn: '2099-01-01', closedAt: new Date('2026-01-01') }, new Date('2026-01-02'))).toBe('closed');
  });
});

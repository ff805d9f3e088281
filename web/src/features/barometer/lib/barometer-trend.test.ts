import { describe, expect, it } from 'vitest';
import type { BarometerRound } from '../../../../../shared/schemas/barometer';
import { closedRounds, isWeak, trendRows } from './barometer-trend';

const result = (principle: number, median: number | null) => ({
  principle,
  answers: median === null ? 2 : 3,
  distribution: median === null ? null : ([0, 0, 3, 0, 0] as [number, number, number, number, number]),
  median,
  comments: [],
});
const round = (id: string, status: 'open' | 'closed', medians: Array<number | null>): BarometerRound => ({
  id,
  title: id,
  closesOn: '2026-06-01',
  status,
  openedAt: '2026-05-01T00:00:00.000Z',
  closedAt: null,
  respondents: 3,
  results: status === 'closed' ? medians.map((median, index) => result(index + 1, median)) : null,
});

describe('barometer trend', () => {
  it('keeps the closed rounds and lays out each principle’s medians over them', () => {
    const rounds = closedRounds([
      round('vår', 'closed', [2, 3, null, 4, 5, 1, 2.5, 3]),
      round('høst', 'closed', [3, 3, 4, 4, 5, 2, 3, 3]),
      round('vinter', 'open', []),
    ]);
    expect(rounds.map((r) => r.id)).toEqual(['vår', 'høst']);
    const rows = trendRows(rounds);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({ principle: 1, medians: [2, 3] });
    expect(rows[2]).toEqual({ principle: 3, medians: [null, 4] });
  });

  it('calls a principle weak when its median is under 3, never when too few answered', () => {
    expect(isWeak(result(1, 2.5))).toBe(true);
    expect(isWeak(result(1, 3))).toBe(false);
    expect(isWeak(result(1, null))).toBe(false);
  });
});

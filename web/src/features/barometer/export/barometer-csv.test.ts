import { describe, expect, it } from 'vitest';
import type { ClosedRound } from '../lib/barometer-trend';
import { barometerCsv } from './barometer-csv';

describe('barometer CSV', () => {
  it('has a row per round and principle, counts only where too few answered, and harmless cells', () => {
    const round: ClosedRound = {
      id: 'r',
      title: '=Vår "2026"',
      closesOn: '2026-06-01',
      status: 'closed',
      openedAt: '2026-05-01T00:00:00.000Z',
      closedAt: null,
      respondents: 3,
      results: [
        { principle: 1, answers: 3, distribution: [0, 1, 1, 1, 0], median: 3.5, comments: ['hemmelig'] },
        { principle: 2, answers: 2, distribution: null, median: null, comments: [] },
      ],
    };
    const csv = barometerCsv([round], { round: 'Runde', principle: 'Prinsipp', answers: 'Svar', median: 'Median', principleTitle: (n) => `P${n}` });
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"Runde";"Prinsipp";"Svar";"Median";"1";"2";"3";"4";"5"');
    expect(lines[1]).toBe(`"'=Vår ""2026""";"1. P1";3;3,5;0;1;1;1;0`);
    expect(lines[2]).toBe(`"'=Vår ""2026""";"2. P2";2;;;;;;`);
    expect(csv).not.toContain('hemmelig');
  });
});

import { principleNumbers, weakMedianBelow } from '../../../../../shared/barometer/principles';
import type { BarometerPrincipleResult, BarometerRound } from '../../../../../shared/schemas/barometer';

/** A closed round with its results (the only rounds with a result to show). */
export type ClosedRound = BarometerRound & { status: 'closed'; results: BarometerPrincipleResult[] };

/** The closed rounds, oldest first. */
export function closedRounds(rounds: readonly BarometerRound[]): ClosedRound[] {
  return rounds.filter((round): round is ClosedRound => round.status === 'closed' && round.results !== null);
}

/**
 * The trend as a grid: for each principle, its median in each closed round (null where too few
 * answered). Read by the chart, the table beside it and the exports alike.
 */
export function trendRows(rounds: readonly ClosedRound[]): Array<{ principle: number; medians: Array<number | null> }> {
  return principleNumbers.map((principle) => ({
    principle,
    medians: rounds.map((round) => round.results.find((result) => result.principle === principle)?.median ?? null),
  }));
}

/** Whether a principle's result is weak: enough answers, and a median under the middle of the scale. */
export function isWeak(result: BarometerPrincipleResult): boolean {
  return result.median !== null && result.median < weakMedianBelow;
}

/** One colour per principle, each at least 3:1 against white (for lines and their legend). */
export const principleColors = ['#0b4f8a', '#b42318', '#1a7f37', '#8250df', '#9a6700', '#0e7490', '#bf3989', '#4a5361'] as const;

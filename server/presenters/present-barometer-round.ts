import { minimumAnswersShown, principleNumbers } from '../../shared/barometer/principles';
import { barometerRoundStatus } from '../../shared/barometer/round-status';
import type { BarometerPrincipleResult, BarometerRound } from '../../shared/schemas/barometer';
import type { barometerRounds } from '../db/schema/index';

type RoundRow = typeof barometerRounds.$inferSelect;

/** What the presenter may see of an answer: never who gave it. */
export interface AnonymousAnswer {
  principle: number;
  score: number;
  comment: string | null;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One principle's result: counts, median and comments, or only the count while fewer than three answered. */
function principleResult(principle: number, answers: AnonymousAnswer[]): BarometerPrincipleResult {
  const mine = answers.filter((answer) => answer.principle === principle);
  if (mine.length < minimumAnswersShown) return { principle, answers: mine.length, distribution: null, median: null, comments: [] };
  const scores = mine.map((answer) => answer.score).sort((a, b) => a - b);
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const score of scores) distribution[score - 1]! += 1;
  const comments = mine
    .map((answer) => answer.comment?.trim() ?? '')
    .filter((comment) => comment !== '')
    // Sorted by text, so the order says nothing about who answered first.
    .sort((a, b) => a.localeCompare(b, 'nb'));
  return { principle, answers: mine.length, distribution, median: median(scores), comments };
}

/**
 * A round as the region sees it. Results only once the round is closed: while answers still come
 * in, watching the result change would show what each new answer was.
 */
export function presentBarometerRound(round: RoundRow, respondents: number, answers: AnonymousAnswer[], now: Date): BarometerRound {
  const status = barometerRoundStatus(round, now);
  return {
    id: round.id,
    title: round.title,
    closesOn: round.closesOn,
    status,
    openedAt: round.openedAt.toISOString(),
    closedAt: round.closedAt?.toISOString() ?? null,
    respondents,
    results: status === 'closed' ? principleNumbers.map((principle) => principleResult(principle, answers)) : null,
  };
}

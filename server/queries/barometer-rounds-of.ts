import { asc, countDistinct, eq, inArray } from 'drizzle-orm';
import type { BarometerRound } from '../../shared/schemas/barometer';
import type { Database } from '../db/client';
import { barometerAnswers, barometerRounds } from '../db/schema/index';
import { presentBarometerRound, type AnonymousAnswer } from '../presenters/present-barometer-round';

/**
 * A region's barometer rounds, oldest first, each with its anonymous result. The answers are read
 * without their user column, so no person can reach the presenter.
 */
export async function barometerRoundsOf(db: Database, regionId: string, now: Date): Promise<BarometerRound[]> {
  const rounds = await db.select().from(barometerRounds).where(eq(barometerRounds.regionId, regionId)).orderBy(asc(barometerRounds.openedAt));
  if (rounds.length === 0) return [];
  const ids = rounds.map((round) => round.id);
  const [answers, counts] = await Promise.all([
    db
      .select({ roundId: barometerAnswers.roundId, principle: barometerAnswers.principle, score: barometerAnswers.score, comment: barometerAnswers.comment })
      .from(barometerAnswers)
      .where(inArray(barometerAnswers.roundId, ids)),
    db
      .select({ roundId: barometerAnswers.roundId, respondents: countDistinct(barometerAnswers.userId) })
      .from(barometerAnswers)
      .where(inArray(barometerAnswers.roundId, ids))
      .groupBy(barometerAnswers.roundId),
  ]);
  const byRound = new Map<string, AnonymousAnswer[]>();
  for (const { roundId, ...answer } of answers) byRound.set(roundId, [...(byRound.get(roundId) ?? []), answer]);
  return rounds.map((round) =>
    presentBarometerRound(round, counts.find((count) => count.roundId === round.id)?.respondents ?? 0, byRound.get(round.id) ?? [], now),
  );
}

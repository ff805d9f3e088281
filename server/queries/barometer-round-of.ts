import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { barometerAnswers, barometerRounds } from '../db/schema/index';

/** One barometer round of a region, or undefined. */
export async function barometerRoundOf(db: Database, regionId: string, roundId: string) {
  return db.query.barometerRounds.findFirst({ where: and(eq(barometerRounds.id, roundId), eq(barometerRounds.regionId, regionId)) });
}

/** One person's own answers in a round, by principle (an empty comment as ''). */
export async function ownBarometerAnswers(db: Database, roundId: string, userId: string) {
  const rows = await db
    .select({ principle: barometerAnswers.principle, score: barometerAnswers.score, comment: barometerAnswers.comment })
    .from(barometerAnswers)
    .where(and(eq(barometerAnswers.roundId, roundId), eq(barometerAnswers.userId, userId)));
  return rows.sort((a, b) => a.principle - b.principle).map((row) => ({ ...row, comment: row.comment ?? '' }));
}

import { and, eq } from 'drizzle-orm';
import type { BarometerAnswer } from '../../shared/schemas/barometer';
import type { Database } from '../db/client';
import { barometerAnswers } from '../db/schema/index';

/**
 * Stores a member's answers to a barometer round, replacing all they gave before (a principle
 * left out this time is taken back). One batch, so nobody ever sees half an answer.
 * @param db the database
 * @param input the round, the member and their answers; the route has checked the round is open
 */
export async function submitBarometerAnswers(
  db: Database,
  input: { roundId: string; userId: string; answers: BarometerAnswer[]; now: Date },
): Promise<void> {
  const mine = and(eq(barometerAnswers.roundId, input.roundId), eq(barometerAnswers.userId, input.userId));
  await db.batch([
    db.delete(barometerAnswers).where(mine),
    db.insert(barometerAnswers).values(
      input.answers.map((answer) => ({
        roundId: input.roundId,
        userId: input.userId,
        principle: answer.principle,
        score: answer.score,
        comment: answer.comment ? answer.comment : null,
        answeredAt: input.now,
      })),
    ),
  ]);
}

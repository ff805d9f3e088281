import { and, eq } from 'drizzle-orm';
import { barometerRoundStatus } from '../../shared/barometer/round-status';
import type { BarometerAnswer } from '../../shared/schemas/barometer';
import type { Database } from '../db/client';
import { barometerAnswers, type barometerRounds } from '../db/schema/index';
import { ApiError } from '../lib/errors';
import { regionTexts } from '../lib/region-texts';
import type { Language } from '../../shared/schemas/language';

const roundClosed = (language: Language) => new ApiError(409, 'barometer_round_closed', regionTexts(language).errors.barometer_round_closed);

/**
 * Stores a member's answers to a barometer round, replacing all they gave before (a principle
 * left out this time is taken back). One batch, so nobody ever sees half an answer.
 * @param db the database
 * @param input the round, the member, their answers and the region's language (for the refusal)
 * @throws 409 `barometer_round_closed` when the round is no longer open
 */
export async function submitBarometerAnswers(
  db: Database,
  input: { round: typeof barometerRounds.$inferSelect; userId: string; answers: BarometerAnswer[]; now: Date; language: Language },
): Promise<void> {
  if (barometerRoundStatus(input.round, input.now) !== 'open') throw roundClosed(input.language);
  const roundId = input.round.id;
  const mine = and(eq(barometerAnswers.roundId, roundId), eq(barometerAnswers.userId, input.userId));
  await db.batch([
    db.delete(barometerAnswers).where(mine),
    db.insert(barometerAnswers).values(
      input.answers.map((answer) => ({
        roundId,
        userId: input.userId,
        principle: answer.principle,
        score: answer.score,
        comment: answer.comment ? answer.comment : null,
        answeredAt: input.now,
      })),
    ),
  ]);
}

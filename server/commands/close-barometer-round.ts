import { eq } from 'drizzle-orm';
import { barometerRoundStatus } from '../../shared/barometer/round-status';
import type { Database } from '../db/client';
import { barometerRounds } from '../db/schema/index';

/**
 * Closes an open barometer round before its day. Closing a closed round changes nothing: when it
 * closed stays.
 */
export async function closeBarometerRound(db: Database, round: typeof barometerRounds.$inferSelect, now: Date): Promise<void> {
  if (barometerRoundStatus(round, now) !== 'open') return;
  await db.update(barometerRounds).set({ closedAt: now }).where(eq(barometerRounds.id, round.id));
}

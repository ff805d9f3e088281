import { barometerRoundStatus } from '../../shared/barometer/round-status';
import type { Database } from '../db/client';
import { barometerRounds } from '../db/schema/index';
import { ApiError, conflict } from '../lib/errors';
import { newId } from '../lib/ids';
import { barometerRoundsOf } from '../queries/barometer-rounds-of';

/**
 * Opens a new barometer round in a region. A region has at most one open round, and a round
 * cannot close on a day that has passed.
 * @param by the coordinator who opens it
 * @returns the new round's id
 * @throws 409 `conflict` when a round is open, 400 `validation_failed` for a closing day in the past
 */
export async function openBarometerRound(
  db: Database,
  regionId: string,
  input: { title: string; closesOn: string },
  by: { id: string } | null,
  now: Date,
): Promise<string> {
  const rounds = await barometerRoundsOf(db, regionId, now);
  if (rounds.some((round) => round.status === 'open')) throw conflict('Samarbeidet har allerede en åpen runde.');
  if (barometerRoundStatus({ closesOn: input.closesOn, closedAt: null }, now) === 'closed') {
    throw new ApiError(400, 'validation_failed', 'Datoen for lukking har alt vært.', [{ path: 'closesOn', message: 'Velg i dag eller en senere dag.' }]);
  }
  const id = newId();
  await db.insert(barometerRounds).values({ id, regionId, title: input.title, closesOn: input.closesOn, openedAt: now, openedById: by?.id ?? null });
  return id;
}

import { barometerRoundStatus } from '../../shared/barometer/round-status';
import type { Database } from '../db/client';
import { barometerRounds } from '../db/schema/index';
import { ApiError, conflict } from '../lib/errors';
import { newId } from '../lib/ids';
import { barometerRoundsOf } from '../queries/barometer-rounds-of';
import { regionTexts } from '../lib/region-texts';
import type { Language } from '../../shared/schemas/language';

/**
 * Opens a new barometer round in a region (refusals said in the region's language). A region has at most one open round, and a round
 * cannot close on a day that has passed.
 * @param by the coordinator who opens it
 * @returns the new round's id
 * @throws 409 `conflict` when a round is open, 400 `validation_failed` for a closing day in the past
 */
export async function openBarometerRound(
  db: Database,
  region: { id: string; language: Language },
  input: { title: string; closesOn: string },
  by: { id: string } | null,
  now: Date,
): Promise<string> {
  const texts = regionTexts(region.language);
  const rounds = await barometerRoundsOf(db, region.id, now);
  if (rounds.some((round) => round.status === 'open')) throw conflict(texts['api-fields']['round-open-exists']);
  if (barometerRoundStatus({ closesOn: input.closesOn, closedAt: null }, now) === 'closed') {
    throw new ApiError(400, 'validation_failed', texts.errors.validation_failed, [{ path: 'closesOn', message: texts['api-fields']['closes-on-past'] }]);
  }
  const id = newId();
  await db.insert(barometerRounds).values({ id, regionId: region.id, title: input.title, closesOn: input.closesOn, openedAt: now, openedById: by?.id ?? null });
  return id;
}

import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { openBarometerRoundSchema, submitBarometerAnswersSchema } from '../../../shared/schemas/barometer';
import { barometerRoundStatus } from '../../../shared/barometer/round-status';
import { submitBarometerAnswers } from '../../commands/submit-barometer-answers';
import type { Database } from '../../db/client';
import { barometerAnswers, barometerRounds } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, conflict, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireUser } from '../../policies/authorize-region';
import { barometerRoundsOf } from '../../queries/barometer-rounds-of';

/** A round of this region, or a 404. */
async function loadRound(db: Database, regionId: string, roundId: string) {
  const round = await db.query.barometerRounds.findFirst({
    where: and(eq(barometerRounds.id, roundId), eq(barometerRounds.regionId, regionId)),
  });
  if (!round) throw notFound('Fant ikke runden.');
  return round;
}

const roundClosed = () => new ApiError(409, 'barometer_round_closed', 'Runden er lukket og tar ikke imot flere svar.');

/**
 * `/api/regions/:regionId/barometer`: the region's cooperation barometer. Everyone in the region
 * sees the rounds and their anonymous results; coordinators open and close rounds; coordinators and
 * members answer while a round is open and see (and change) only their own answers.
 */
export const barometerRoutes = new Hono<AppEnv>()
  .get('/:regionId/barometer', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    return c.json({ rounds: await barometerRoundsOf(c.var.db, region.id, c.var.services.now()) });
  })
  .post('/:regionId/barometer/rounds', validate('json', openBarometerRoundSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const now = c.var.services.now();
    const rounds = await barometerRoundsOf(c.var.db, region.id, now);
    if (rounds.some((round) => round.status === 'open')) throw conflict('Samarbeidet har allerede en åpen runde.');
    const input = c.req.valid('json');
    if (barometerRoundStatus({ closesOn: input.closesOn, closedAt: null }, now) === 'closed') {
      throw new ApiError(400, 'validation_failed', 'Datoen for lukking har alt vært.', [{ path: 'closesOn', message: 'Velg i dag eller en senere dag.' }]);
    }
    const id = newId();
    await c.var.db.insert(barometerRounds).values({
      id,
      regionId: region.id,
      title: input.title,
      closesOn: input.closesOn,
      openedAt: now,
      openedById: c.var.principal.user?.id ?? null,
    });
    const round = (await barometerRoundsOf(c.var.db, region.id, now)).find((known) => known.id === id)!;
    return c.json({ round }, 201);
  })
  .post('/:regionId/barometer/rounds/:roundId/close', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const now = c.var.services.now();
    const round = await loadRound(c.var.db, region.id, c.req.param('roundId'));
    // Closing a closed round changes nothing: when it closed stays.
    if (barometerRoundStatus(round, now) === 'open') {
      await c.var.db.update(barometerRounds).set({ closedAt: now }).where(eq(barometerRounds.id, round.id));
    }
    return c.json({ round: (await barometerRoundsOf(c.var.db, region.id, now)).find((known) => known.id === round.id)! });
  })
  .get('/:regionId/barometer/rounds/:roundId/answers/mine', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const user = requireUser(c.var.principal);
    const round = await loadRound(c.var.db, region.id, c.req.param('roundId'));
    const rows = await c.var.db
      .select({ principle: barometerAnswers.principle, score: barometerAnswers.score, comment: barometerAnswers.comment })
      .from(barometerAnswers)
      .where(and(eq(barometerAnswers.roundId, round.id), eq(barometerAnswers.userId, user.id)));
    return c.json({ answers: rows.sort((a, b) => a.principle - b.principle).map((row) => ({ ...row, comment: row.comment ?? '' })) });
  })
  .put('/:regionId/barometer/rounds/:roundId/answers/mine', validate('json', submitBarometerAnswersSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const user = requireUser(c.var.principal);
    const now = c.var.services.now();
    const round = await loadRound(c.var.db, region.id, c.req.param('roundId'));
    if (barometerRoundStatus(round, now) !== 'open') throw roundClosed();
    const { answers } = c.req.valid('json');
    await submitBarometerAnswers(c.var.db, { roundId: round.id, userId: user.id, answers, now });
    return c.json({ answers: [...answers].sort((a, b) => a.principle - b.principle).map((answer) => ({ ...answer, comment: answer.comment ?? '' })) });
  });

import { Hono } from 'hono';
import { openBarometerRoundSchema, submitBarometerAnswersSchema } from '../../../shared/schemas/barometer';
import { closeBarometerRound } from '../../commands/close-barometer-round';
import { openBarometerRound } from '../../commands/open-barometer-round';
import { submitBarometerAnswers } from '../../commands/submit-barometer-answers';
import type { Database } from '../../db/client';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireUser } from '../../policies/authorize-region';
import { barometerRoundOf, ownBarometerAnswers } from '../../queries/barometer-round-of';
import { barometerRoundsOf } from '../../queries/barometer-rounds-of';
import { regionLanguageOf } from '../../queries/language-of';
import { regionTexts } from '../../lib/region-texts';
import type { Language } from '../../../shared/schemas/language';
import type { Context } from 'hono';

/** A round of this region, or a 404 (said in the region's language). */
async function loadRound(db: Database, region: { id: string; language: Language }, roundId: string) {
  const round = await barometerRoundOf(db, region.id, roundId);
  if (!round) throw notFound(regionTexts(region.language)['api-fields']['round-not-found']);
  return round;
}

/** Validation messages in the language of the region in the path (for signed-in people; others get bokmål). */
const inRegionLanguage = async (c: Context<AppEnv>) => (c.var.principal.user ? regionLanguageOf(c.var.db, c.req.param('regionId') ?? '') : null);

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
  .post('/:regionId/barometer/rounds', validate('json', openBarometerRoundSchema, inRegionLanguage), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const now = c.var.services.now();
    const id = await openBarometerRound(c.var.db, region, c.req.valid('json'), c.var.principal.user, now);
    const round = (await barometerRoundsOf(c.var.db, region.id, now)).find((known) => known.id === id)!;
    return c.json({ round }, 201);
  })
  .post('/:regionId/barometer/rounds/:roundId/close', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const now = c.var.services.now();
    const round = await loadRound(c.var.db, region, c.req.param('roundId'));
    await closeBarometerRound(c.var.db, round, now);
    return c.json({ round: (await barometerRoundsOf(c.var.db, region.id, now)).find((known) => known.id === round.id)! });
  })
  .get('/:regionId/barometer/rounds/:roundId/answers/mine', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const user = requireUser(c.var.principal);
    const round = await loadRound(c.var.db, region, c.req.param('roundId'));
    return c.json({ answers: await ownBarometerAnswers(c.var.db, round.id, user.id) });
  })
  .put('/:regionId/barometer/rounds/:roundId/answers/mine', validate('json', submitBarometerAnswersSchema, inRegionLanguage), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const user = requireUser(c.var.principal);
    const now = c.var.services.now();
    const round = await loadRound(c.var.db, region, c.req.param('roundId'));
    const { answers } = c.req.valid('json');
    await submitBarometerAnswers(c.var.db, { round, userId: user.id, answers, now, language: region.language });
    return c.json({ answers: [...answers].sort((a, b) => a.principle - b.principle).map((answer) => ({ ...answer, comment: answer.comment ?? '' })) });
  });

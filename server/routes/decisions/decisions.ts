import { Hono, type Context } from 'hono';
import { boardItemIdSchema, markDecisionSchema } from '../../../shared/schemas/decision';
import { actorOf } from '../../auth/principal';
import { markDecision, takeBackDecision } from '../../commands/mark-decision';
import type { AppEnv } from '../../app-env';
import { ApiError } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeBoard } from '../../policies/authorize-board';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentDecision } from '../../presenters/present-decision';
import { decisionsOfBoard, decisionsOfRegion } from '../../queries/decisions-of';
import { boardLanguageOf } from '../../queries/language-of';

/** The item id from the path, or a 400 naming the field. */
function itemIdOf(value: string): string {
  const parsed = boardItemIdSchema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'validation_failed', 'Ugyldig id for elementet.', [{ path: 'itemId', message: 'Ugyldig id.' }]);
  return parsed.data;
}

/**
 * `/api/boards/:boardId/decisions`: the decisions marked on a board's items. Everyone who can open
 * the board sees them; those who can edit it mark, change and take back a decision.
 */
export const boardDecisionRoutes = new Hono<AppEnv>()
  .get('/:boardId/decisions', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'read');
    return c.json({ decisions: await decisionsOfBoard(c.var.db, board.id) });
  })
  .put(
    '/:boardId/decisions/:itemId',
    validate('json', markDecisionSchema, (c: Context<AppEnv>) =>
      c.var.principal.user || c.var.principal.guest ? boardLanguageOf(c.var.db, c.req.param('boardId') ?? '') : Promise.resolve(null),
    ),
    async (c) => {
      const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'write');
      if (board.archivedAt) throw new ApiError(403, 'forbidden', 'Tavla er arkivert.');
      const itemId = itemIdOf(c.req.param('itemId'));
      const row = await markDecision(c.var.db, board.id, itemId, c.req.valid('json'), actorOf(c.var.principal), c.var.services.now());
      return c.json({ decision: presentDecision(row) });
    },
  )
  .delete('/:boardId/decisions/:itemId', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'write');
    if (board.archivedAt) throw new ApiError(403, 'forbidden', 'Tavla er arkivert.');
    const itemId = itemIdOf(c.req.param('itemId'));
    await takeBackDecision(c.var.db, board.id, itemId);
    return c.body(null, 204);
  });

/** `/api/regions/:regionId/decisions`: every decision on the region's active boards. */
export const regionDecisionRoutes = new Hono<AppEnv>().get('/:regionId/decisions', async (c) => {
  const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
  return c.json({ decisions: await decisionsOfRegion(c.var.db, region.id) });
});

import { createMiddleware } from 'hono/factory';
import type { BoardAccess } from '../../shared/schemas/role';
import type { boards } from '../db/schema/index';
import type { AppEnv } from '../app-env';
import { notFound } from '../lib/errors';
import { assertSameOrigin } from '../lib/origin-check';
import { authorizeBoard } from '../policies/authorize-board';

export interface BoardSocketEnv extends AppEnv {
  Variables: AppEnv['Variables'] & {
    board: typeof boards.$inferSelect;
    boardAccess: Exclude<BoardAccess, 'none'>;
  };
}

/**
 * Authorizes a board's WebSocket before the upgrade, with the same policy as the HTTP routes:
 * 401/404/403 answer as plain HTTP errors and no socket is opened. Read-only callers connect but
 * must be held read-only by the room (`c.var.boardAccess === 'read'`).
 */
export const authorizeBoardSocket = createMiddleware<BoardSocketEnv>(async (c, next) => {
  assertSameOrigin(c, c.var.services);
  const { board, access } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId') ?? '', 'read');
  if (board.archivedAt) throw notFound('Tavla er arkivert.');
  c.set('board', board);
  c.set('boardAccess', access === 'write' ? 'write' : 'read');
  await next();
});

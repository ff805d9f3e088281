import type { Context } from 'hono';
import type { AppEnv } from '../../app-env';
import { conflict, notFound } from '../../lib/errors';
import { authorizeBoard } from '../../policies/authorize-board';

/**
 * Loads a canvas board the caller may read or write, or throws like every board route (401/404/403).
 * Archived boards can be read but not changed.
 */
export async function authorizeCanvas(c: Context<AppEnv>, permission: 'read' | 'write') {
  const result = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId') ?? '', permission);
  if (result.board.kind !== 'canvas') throw notFound('Tavla er ikke en tegnetavle.');
  if (permission === 'write' && result.board.archivedAt) throw conflict('Tavla er arkivert og kan ikke endres.');
  return result;
}

import type { BoardAccess, Role } from '../../shared/schemas/role';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/client';
import type { boards } from '../db/schema/index';
import { notFound } from '../lib/errors';
import { loadBoard } from '../queries/load';
import { forbidden, unauthenticated } from './authorize-region';
import { regionRoleOf } from './region-role';

type BoardRow = typeof boards.$inferSelect;

/**
 * What a caller wants to do with a board:
 * - `read`: open it (members, observers, view- and edit-link guests);
 * - `write`: change its content (koordinator, medlem, edit-link guests);
 * - `organize`: rename, duplicate, archive, restore (koordinator, medlem);
 * - `manage`: share links and deleting for good (koordinator, or the board's creator).
 */
export type BoardPermission = 'read' | 'write' | 'organize' | 'manage';

/** Whether a caller may read or write a board's content: used by HTTP routes and sockets alike. */
export async function boardAccessOf(db: Database, principal: Principal, board: BoardRow): Promise<BoardAccess> {
  return accessWithRole(await regionRoleOf(db, principal, board.regionId), principal, board);
}

function accessWithRole(role: Role | null, principal: Principal, board: BoardRow): BoardAccess {
  if (role === 'koordinator' || role === 'medlem') return 'write';
  const guest = principal.guest?.boardId === board.id && !board.archivedAt ? principal.guest : null;
  if (guest?.access === 'edit') return 'write';
  if (role === 'observator' || guest) return 'read';
  return 'none';
}

/**
 * Loads a board the caller may act on, or throws: 401 for a caller with no session at all, 404 when
 * they may not see it (existence is not leaked), 403 when they may see it but not do this.
 */
export async function authorizeBoard(db: Database, principal: Principal, boardId: string, permission: BoardPermission) {
  if (!principal.user && !principal.guest) throw unauthenticated();
  const board = await loadBoard(db, boardId);
  const role = await regionRoleOf(db, principal, board.regionId);
  const access = accessWithRole(role, principal, board);
  if (access === 'none') throw notFound('Fant ikke tavla.');
  const isMember = role === 'koordinator' || role === 'medlem';
  const permitted =
    permission === 'read' ||
    (permission === 'write' && access === 'write') ||
    (permission === 'organize' && isMember) ||
    (permission === 'manage' && (role === 'koordinator' || (isMember && board.createdById === principal.user?.id)));
  if (!permitted) throw forbidden();
  return { board, access, role };
}

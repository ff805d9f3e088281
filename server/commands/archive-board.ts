import { eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';

type BoardRow = typeof boards.$inferSelect;

/**
 * Archives a board: it leaves the region's list and everyone connected to it is disconnected
 * (through the `board-closed` event). Archiving again keeps the first time.
 * @returns the board as it is now
 */
export async function archiveBoard(db: Database, events: AccessEvents, board: BoardRow): Promise<BoardRow> {
  const archivedAt = board.archivedAt ?? new Date();
  await db.update(boards).set({ archivedAt }).where(eq(boards.id, board.id));
  events.emit('board-closed', board.id);
  return { ...board, archivedAt };
}

/**
 * Brings an archived board back to the region's list.
 * @returns the board as it is now
 */
export async function restoreBoard(db: Database, board: BoardRow): Promise<BoardRow> {
  await db.update(boards).set({ archivedAt: null }).where(eq(boards.id, board.id));
  return { ...board, archivedAt: null };
}

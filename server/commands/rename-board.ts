import { eq } from 'drizzle-orm';
import type { ActorRef } from '../../shared/schemas/board';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';

type BoardRow = typeof boards.$inferSelect;

/**
 * Gives a board a new title; it counts as a change by this caller, so the board moves to the top
 * of the region's list.
 * @returns the board as it is now
 */
export async function renameBoard(db: Database, board: BoardRow, title: string, by: ActorRef | null): Promise<BoardRow> {
  const changes = { title, updatedAt: new Date(), updatedById: by?.id ?? null, updatedByName: by?.name ?? null };
  await db.update(boards).set(changes).where(eq(boards.id, board.id));
  return { ...board, ...changes };
}

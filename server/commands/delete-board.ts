import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, diagramSnapshots, diagramUpdates } from '../db/schema/index';

/**
 * Deletes a board for good, with everything stored for it. Only archived boards may be deleted;
 * the route checks that first.
 */
export async function deleteBoard(db: Database, boardId: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Explicit, although the foreign keys cascade: a board's content goes in the same transaction.
    await tx.delete(diagramUpdates).where(eq(diagramUpdates.boardId, boardId));
    await tx.delete(diagramSnapshots).where(eq(diagramSnapshots.boardId, boardId));
    await tx.delete(boards).where(eq(boards.id, boardId));
  });
}

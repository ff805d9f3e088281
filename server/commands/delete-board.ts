import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, canvasAssets, canvasChanges, canvasSnapshots, diagramSnapshots, diagramUpdates } from '../db/schema/index';

/**
 * Deletes a board for good, with everything stored for it (canvas changes, versions and images).
 * Only archived boards may be deleted; the route checks that first.
 */
export async function deleteBoard(db: Database, boardId: string): Promise<void> {
  // One batch (not an interactive transaction): no await while the write lock is held.
  await db.batch([
    db.delete(canvasChanges).where(eq(canvasChanges.boardId, boardId)),
    db.delete(canvasSnapshots).where(eq(canvasSnapshots.boardId, boardId)),
    db.delete(canvasAssets).where(eq(canvasAssets.boardId, boardId)),
    db.delete(diagramUpdates).where(eq(diagramUpdates.boardId, boardId)),
    db.delete(diagramSnapshots).where(eq(diagramSnapshots.boardId, boardId)),
    db.delete(boards).where(eq(boards.id, boardId)),
  ]);
}

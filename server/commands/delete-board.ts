import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards } from '../db/schema/index';

/**
 * Deletes a board for good, with everything stored for it. Only archived boards may be deleted;
 * the route checks that first.
 */
export async function deleteBoard(db: Database, boardId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(boards).where(eq(boards.id, boardId));
  });
}

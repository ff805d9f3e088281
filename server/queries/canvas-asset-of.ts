import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canvasAssets } from '../db/schema/index';

/** One stored image of a canvas board, with its bytes, or undefined. */
export async function canvasAssetOf(db: Database, boardId: string, assetId: string) {
  const [row] = await db
    .select()
    .from(canvasAssets)
    .where(and(eq(canvasAssets.boardId, boardId), eq(canvasAssets.id, assetId)))
    .limit(1);
  return row;
}

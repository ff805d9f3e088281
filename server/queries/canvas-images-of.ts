import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canvasAssets } from '../db/schema/index';

/** Some of a canvas board's stored images by id, with their bytes (for an export file). */
export async function canvasImagesOf(db: Database, boardId: string, assetIds: string[]) {
  if (assetIds.length === 0) return [];
  return db
    .select({ id: canvasAssets.id, mimeType: canvasAssets.mimeType, data: canvasAssets.data })
    .from(canvasAssets)
    .where(and(eq(canvasAssets.boardId, boardId), inArray(canvasAssets.id, assetIds)));
}

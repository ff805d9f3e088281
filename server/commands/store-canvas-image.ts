import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canvasAssets } from '../db/schema/index';
import { newId } from '../lib/ids';

/**
 * Stores an uploaded image as an asset of a canvas board. The same image uploaded to the same
 * board again is stored once: the caller gets the id it already has.
 * @param mimeType what the bytes are (checked by the caller), not what the sender said
 * @param by who uploaded it
 * @returns the asset's id
 */
export async function storeCanvasImage(
  db: Database,
  boardId: string,
  image: { data: Buffer; mimeType: string },
  by: { id: string | null; name: string } | null,
): Promise<string> {
  const sha256 = createHash('sha256').update(image.data).digest('hex');
  const [existing] = await db
    .select({ id: canvasAssets.id })
    .from(canvasAssets)
    .where(and(eq(canvasAssets.boardId, boardId), eq(canvasAssets.sha256, sha256)))
    .limit(1);
  if (existing) return existing.id;
  const id = newId();
  await db.insert(canvasAssets).values({
    boardId,
    id,
    mimeType: image.mimeType,
    size: image.data.length,
    sha256,
    data: image.data,
    createdAt: new Date(),
    createdById: by?.id ?? null,
    createdByName: by?.name ?? null,
  });
  return id;
}

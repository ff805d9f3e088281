import type { Database } from '../db/client';
import { canvasAssets } from '../db/schema/index';
import type { ImportedImage } from '../sync/canvas/canvas-import';
import type { WorkerJob } from '../workers/worker-pool';

/**
 * Stores the images an imported .tldr file carried as assets of a board: in the caller's worker job
 * when the database is a local file (writing tens of megabytes of images blocked the event loop for
 * a second), else through the async client. The image bytes are moved to the worker, not copied.
 * @param databaseUrl the local database the worker writes to, or null to write through `db`
 * @param by who imported the file
 */
export async function storeImportedImages(
  job: WorkerJob,
  databaseUrl: string | null,
  db: Database,
  boardId: string,
  images: ImportedImage[],
  by: { id: string | null; name: string } | null,
): Promise<void> {
  if (images.length === 0) return;
  const rows = images.map((image) => ({
    boardId,
    id: image.id,
    mimeType: image.mimeType,
    size: image.data.length,
    sha256: image.sha256,
    data: image.data,
    createdAt: new Date(),
    createdById: by?.id ?? null,
    createdByName: by?.name ?? null,
  }));
  if (!databaseUrl) return void (await db.insert(canvasAssets).values(rows));
  const moved = rows.map((row) => ({ ...row, createdAt: row.createdAt.getTime() }));
  await job.run(
    { kind: 'store-assets', databaseUrl, rows: moved },
    rows.map((row) => row.data.buffer as ArrayBuffer),
  );
}

import { Hono } from 'hono';
import { and, eq, inArray } from 'drizzle-orm';
import { canvasLimits } from '../../../shared/canvas-limits';
import { canvasImportQuerySchema } from '../../../shared/schemas/canvas';
import { limits } from '../../../shared/limits';
import { actorOf } from '../../auth/principal';
import type { Database } from '../../db/client';
import { boards, canvasAssets } from '../../db/schema/index';
import type { AppEnv } from '../../lib/app-env';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { readLimitedBody } from '../../lib/read-limited-body';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentBoard } from '../../presenters/present-board';
import { canvasActorOf } from '../../sync/canvas/canvas-actor';
import { assetIdInPath } from '../../sync/canvas/canvas-asset-path';
import { attachmentHeader, fileNameFor } from '../../sync/canvas/canvas-export';
import type { ImportedImage, PreparedImport } from '../../sync/canvas/canvas-import';
import { jobOwnerOf } from '../../workers/job-owner';
import type { WorkerJob } from '../../workers/worker-pool';
import { initialCanvasSnapshot } from '../../sync/canvas/canvas-state';
import { loadCanvasState } from '../../sync/canvas/load-canvas-state';
import { authorizeCanvas } from './authorize-canvas';
import { closeWhenRefused } from './close-when-refused';

const fileTooLarge = () => new ApiError(413, 'payload_too_large', `Filen er for stor (høyst ${canvasLimits.maxImportBytes / 1024 / 1024} MB).`);

/**
 * Reads, migrates and validates an uploaded .tldr file in a worker thread. The body is read only
 * once the caller is authorized and has a job place, and the bytes are moved to the worker, not copied.
 */
async function prepareInWorker(job: WorkerJob, request: Request, boardId: string): Promise<PreparedImport> {
  const file = await readLimitedBody(request, canvasLimits.maxImportBytes, fileTooLarge);
  const prepared = await job.run({ kind: 'tldr-import', file, boardId }, [file.buffer]);
  const images = prepared.images.map((image) => ({ ...image, data: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength) }));
  return { ...prepared, images };
}

/** Rows for the images a file carried, as assets of a board. */
function imageRows(boardId: string, images: ImportedImage[], by: { id: string | null; name: string } | null) {
  return images.map((image) => ({
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
}

/**
 * Stores a file's images: in the worker when the database is a local file (writing tens of
 * megabytes of images blocked the event loop for a second), else through the async client.
 */
async function storeImages(job: WorkerJob, databaseUrl: string | null, db: Database, rows: ReturnType<typeof imageRows>) {
  if (rows.length === 0) return;
  if (!databaseUrl) return void (await db.insert(canvasAssets).values(rows));
  const moved = rows.map((row) => ({ ...row, createdAt: row.createdAt.getTime() }));
  await job.run({ kind: 'store-assets', databaseUrl, rows: moved }, rows.map((row) => row.data.buffer as ArrayBuffer));
}

/**
 * `/api/boards/:boardId/canvas/export.tldr` and `/import`: a canvas board as tldraw's own file,
 * and a .tldr file (from any tldraw version, migrated) in place of a board's content. The content
 * before an import stays in the history.
 */
export const canvasFileRoutes = new Hono<AppEnv>()
  .get('/:boardId/canvas/export.tldr', async (c) => {
    const { board } = await authorizeCanvas(c, 'read');
    const { workers } = c.var.services;
    const file = await workers.withJob(jobOwnerOf(c.var.principal), async (job) => {
      // With a local database file the worker reads the board and its images itself.
      if (workers.databaseUrl) return job.run({ kind: 'tldr-export-stored', databaseUrl: workers.databaseUrl, boardId: board.id });
      const snapshot =
        c.var.services.canvasRooms.loadedRoom(board.id)?.snapshot() ??
        (await loadCanvasState(c.var.db, board.id))?.snapshot ??
        initialCanvasSnapshot();
      const assetIds = snapshot.documents
        .map(({ state }) => (state.typeName === 'asset' ? assetIdInPath(board.id, (state as { props?: { src?: unknown } }).props?.src) : null))
        .filter((id): id is string => !!id);
      const rows = assetIds.length
        ? await c.var.db
            .select({ id: canvasAssets.id, mimeType: canvasAssets.mimeType, data: canvasAssets.data })
            .from(canvasAssets)
            .where(and(eq(canvasAssets.boardId, board.id), inArray(canvasAssets.id, assetIds)))
        : [];
      // Base64 and JSON for a board with many images is heavy: built in a worker thread.
      return job.run({ kind: 'tldr-export', snapshot, boardId: board.id, images: rows });
    });
    return c.body(file as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': 'application/vnd.tldraw+json; charset=utf-8',
      'Content-Disposition': attachmentHeader(fileNameFor(board.title, 'tldr')),
      'Cache-Control': 'no-store',
    });
  })
  .post('/:boardId/canvas/import', closeWhenRefused, validate('query', canvasImportQuerySchema), async (c) => {
    const { board } = await authorizeCanvas(c, 'write');
    const by = actorOf(c.var.principal);
    const { workers } = c.var.services;
    const prepared = await workers.withJob(jobOwnerOf(c.var.principal), async (job) => {
      const read = await prepareInWorker(job, c.req.raw, board.id);
      await storeImages(job, workers.databaseUrl, c.var.db, imageRows(board.id, read.images, by));
      return read;
    });
    const label = c.req.valid('query').name ?? null;
    const actor = canvasActorOf(c.var.principal);
    const result = await c.var.services.canvasRooms.withRoom(board.id, (room) => room.replaceContent(prepared.snapshot, actor, 'import', label));
    return c.json({ shapeCount: prepared.shapeCount, images: prepared.images.length, keptBefore: result.before?.id ?? null });
  });

/** `POST /api/regions/:regionId/canvas-import`: a new canvas board made from a .tldr file. */
export const regionCanvasImportRoutes = new Hono<AppEnv>().post(
  '/:regionId/canvas-import',
  closeWhenRefused,
  validate('query', canvasImportQuerySchema),
  async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'contribute');
    const boardId = newId();
    const name = c.req.valid('query').name;
    const title = (name?.replace(/\.tldr$/i, '').trim() || 'Importert tavle').slice(0, limits.boardTitle);
    const by = actorOf(c.var.principal);
    const now = new Date();
    const row = {
      id: boardId,
      regionId: region.id,
      title,
      kind: 'canvas' as const,
      templateId: null,
      example: false,
      createdAt: now,
      createdById: by?.id ?? null,
      createdByName: by?.name ?? null,
      updatedAt: now,
      updatedById: by?.id ?? null,
      updatedByName: by?.name ?? null,
      archivedAt: null,
    };
    const { workers } = c.var.services;
    const prepared = await workers.withJob(jobOwnerOf(c.var.principal), async (job) => {
      // Everything is checked before the board exists: an invalid file leaves nothing behind.
      const read = await prepareInWorker(job, c.req.raw, boardId);
      await c.var.db.insert(boards).values(row);
      try {
        await storeImages(job, workers.databaseUrl, c.var.db, imageRows(boardId, read.images, by));
      } catch (error) {
        await c.var.db.delete(boards).where(eq(boards.id, boardId));
        throw error;
      }
      return read;
    });
    const actor = canvasActorOf(c.var.principal);
    await c.var.services.canvasRooms.withRoom(boardId, (room) =>
      room.replaceContent(prepared.snapshot, actor, 'import', name ?? null, { keepBefore: false }),
    );
    return c.json({ board: presentBoard(row), shapeCount: prepared.shapeCount }, 201);
  },
);

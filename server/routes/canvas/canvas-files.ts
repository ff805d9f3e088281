import { Hono } from 'hono';
import { canvasLimits } from '../../../shared/canvas-limits';
import { canvasImportQuerySchema } from '../../../shared/schemas/canvas';
import { limits } from '../../../shared/limits';
import { actorOf } from '../../auth/principal';
import { createImportedBoard } from '../../commands/create-imported-board';
import { storeImportedImages } from '../../commands/store-imported-images';
import type { AppEnv } from '../../app-env';
import { ApiError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { readLimitedBody } from '../../lib/read-limited-body';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';
import { presentBoard } from '../../presenters/present-board';
import { canvasImagesOf } from '../../queries/canvas-images-of';
import { canvasActorOf } from '../../sync/canvas/canvas-actor';
import { assetIdInPath } from '../../sync/canvas/canvas-asset-path';
import { fileNameFor } from '../../../shared/files/file-name';
import { attachmentHeader } from '../../lib/attachment-header';
import type { PreparedImport } from '../../sync/canvas/canvas-import';
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
        c.var.services.canvasRooms.loadedRoom(board.id)?.snapshot() ?? (await loadCanvasState(c.var.db, board.id))?.snapshot ?? initialCanvasSnapshot();
      const assetIds = snapshot.documents
        .map(({ state }) => (state.typeName === 'asset' ? assetIdInPath(board.id, (state as { props?: { src?: unknown } }).props?.src) : null))
        .filter((id): id is string => !!id);
      const rows = await canvasImagesOf(c.var.db, board.id, assetIds);
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
      await storeImportedImages(job, workers.databaseUrl, c.var.db, board.id, read.images, by);
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
    const { workers } = c.var.services;
    const { row, prepared } = await workers.withJob(jobOwnerOf(c.var.principal), async (job) => {
      // Everything is checked before the board exists: an invalid file leaves nothing behind.
      const read = await prepareInWorker(job, c.req.raw, boardId);
      const board = await createImportedBoard(c.var.db, { id: boardId, regionId: region.id, title, templateId: null, by }, () =>
        storeImportedImages(job, workers.databaseUrl, c.var.db, boardId, read.images, by),
      );
      return { row: board, prepared: read };
    });
    const actor = canvasActorOf(c.var.principal);
    await c.var.services.canvasRooms.withRoom(boardId, (room) => room.replaceContent(prepared.snapshot, actor, 'import', name ?? null, { keepBefore: false }));
    return c.json({ board: presentBoard(row), shapeCount: prepared.shapeCount }, 201);
  },
);

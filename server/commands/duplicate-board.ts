import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canvasAssets, canvasSnapshots, type boards } from '../db/schema/index';
import { newId } from '../lib/ids';
import { prepareDiagramCopy } from './copy-diagram-content';
import { prepareBoard } from './create-board';
import type { ActorRef } from '../../shared/schemas/board';
import { loadCanvasState } from '../sync/canvas/load-canvas-state';
import { copyCanvas } from '../workers/copy-stored-canvas';
import type { WorkerJob } from '../workers/worker-pool';

type BoardRow = typeof boards.$inferSelect;

/**
 * Copies a board into a new, active board of the same region, with its content (a canvas board's
 * current state and images; its version history stays with the original).
 * @param source the board to copy (may be archived; the copy is not)
 * @param title the copy's title
 * @param by who makes the copy, or null when nobody is signed in
 * @param worker a job place in the worker pool: with a local database file the worker reads and
 *   serializes a canvas board's content, not the event loop
 * @returns the new board's row
 */
export async function duplicateBoard(
  db: Database,
  source: BoardRow,
  title: string,
  by: ActorRef | null,
  worker?: { job: WorkerJob; databaseUrl: string | null },
): Promise<BoardRow> {
  const now = new Date();
  // The copy's row is built as every new board's is; its content is copied below, not built.
  // A copy is the region's own work, even when the original is an example.
  const {
    row: copy,
    statements: [insertBoard],
  } = prepareBoard(db, { regionId: source.regionId, title, kind: source.kind, templateId: source.templateId, content: null, by, example: false }, now);
  // Read first, then write everything in one batch: a batch runs without yielding, so the board
  // rooms' synchronous writes never wait on a transaction held open across an await.
  const databaseUrl = worker?.databaseUrl;
  const canvas =
    source.kind !== 'canvas'
      ? null
      : worker && databaseUrl
        ? await worker.job.run({ kind: 'canvas-copy', databaseUrl, fromBoardId: source.id, toBoardId: copy.id })
        : copyCanvas((await loadCanvasState(db, source.id))?.snapshot ?? null, source.id, copy.id);
  const diagramCopy = source.kind === 'diagram' ? await prepareDiagramCopy(db, source.id, copy.id, now) : null;
  await db.batch([
    insertBoard!,
    ...(diagramCopy ? [diagramCopy.insert] : []),
    ...(canvas
      ? [
          db.insert(canvasSnapshots).values({
            id: newId(),
            boardId: copy.id,
            clock: 0,
            kind: 'base',
            createdAt: now,
            createdById: by?.id ?? null,
            createdByName: by?.name ?? null,
            authors: '[]',
            shapeCount: canvas.shapeCount,
            snapshot: canvas.json,
          }),
          db.insert(canvasAssets).select(
            db
              .select({
                boardId: sql<string>`${copy.id}`.as('board_id'),
                id: canvasAssets.id,
                mimeType: canvasAssets.mimeType,
                size: canvasAssets.size,
                sha256: canvasAssets.sha256,
                data: canvasAssets.data,
                createdAt: canvasAssets.createdAt,
                createdById: canvasAssets.createdById,
                createdByName: canvasAssets.createdByName,
              })
              .from(canvasAssets)
              .where(eq(canvasAssets.boardId, source.id)),
          ),
        ]
      : []),
  ]);
  return copy;
}

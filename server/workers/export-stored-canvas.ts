import { getTableName } from 'drizzle-orm';
import { canvasAssets } from '../db/schema/index';
import { assetIdInPath } from '../sync/canvas/canvas-asset-path';
import { tldrFileFromSnapshot, type TldrExport } from '../sync/canvas/canvas-export';
import { initialCanvasSnapshot } from '../sync/canvas/canvas-state';
import { readStoredCanvas } from './canvas-snapshot-task';
import { workerDatabase } from './worker-database';

const a = canvasAssets;

/**
 * A canvas board as a .tldr file, read by the worker from the database (its state and its images)
 * rather than handed over by the main thread: the database holds every acknowledged change, so
 * this is the board as the room has it, and the event loop neither rebuilds nor copies a large
 * board or its images for an export.
 */
export function exportStoredCanvas(databaseUrl: string, boardId: string): TldrExport {
  const db = workerDatabase(databaseUrl);
  const snapshot = readStoredCanvas(db, boardId) ?? initialCanvasSnapshot();
  const ids = snapshot.documents
    .map(({ state }) => (state.typeName === 'asset' ? assetIdInPath(boardId, (state as { props?: { src?: unknown } }).props?.src) : null))
    .filter((id): id is string => !!id);
  const image = db.prepare(
    `SELECT ${a.mimeType.name} AS mimeType, ${a.data.name} AS data FROM ${getTableName(a)} WHERE ${a.boardId.name} = ? AND ${a.id.name} = ?`,
  );
  const images = new Map<string, { mimeType: string; data: Uint8Array }>();
  for (const id of new Set(ids)) {
    const row = image.get(boardId, id) as { mimeType: string; data: Uint8Array } | undefined;
    if (row) images.set(id, { mimeType: row.mimeType, data: new Uint8Array(row.data) });
  }
  return tldrFileFromSnapshot(snapshot, boardId, images);
}

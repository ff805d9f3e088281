import type { RoomSnapshot } from '@tldraw/sync-core';
import { snapshotForBoard } from '../sync/canvas/canvas-asset-path';
import { countShapes } from '../sync/canvas/canvas-state';
import { readStoredCanvas } from './canvas-snapshot-task';
import { workerDatabase } from './worker-database';

/** A canvas board's content made ready to be stored as another board's first snapshot. */
export interface CanvasCopy {
  /** The snapshot's JSON, as the `canvas_snapshots.snapshot` column holds it. */
  json: string;
  shapeCount: number;
}

/**
 * A copy of a board's content for another board (its images pointing at the other board's copies),
 * serialized: null when the board has nothing stored yet.
 * @throws ApiError when the board holds an image Planrom does not serve
 */
export function copyCanvas(snapshot: RoomSnapshot | null, fromBoardId: string, toBoardId: string): CanvasCopy | null {
  if (!snapshot) return null;
  const copy = snapshotForBoard(snapshot, fromBoardId, toBoardId);
  return { json: JSON.stringify(copy), shapeCount: countShapes(copy) };
}

/** `copyCanvas` in a worker thread, with the board read from the database by the worker itself. */
export function copyStoredCanvas(databaseUrl: string, fromBoardId: string, toBoardId: string): CanvasCopy | null {
  return copyCanvas(readStoredCanvas(workerDatabase(databaseUrl), fromBoardId), fromBoardId, toBoardId);
}

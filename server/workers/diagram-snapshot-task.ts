import * as Y from 'yjs';
import type { SyncDatabase } from '../db/sync-database';
import { DiagramStorage, type SnapshotReason } from '../sync/diagram/diagram-storage';
import { workerDatabase } from './worker-database';

/** A snapshot of a diagram board to build from the database and store (in a worker thread). */
export interface DiagramSnapshotJob {
  databaseUrl: string;
  boardId: string;
  /** The last logged update the snapshot folds in. */
  upToUpdateId: number;
  reason: SnapshotReason;
  label: string | null;
  authorNames: string[];
  /** The newest automatic snapshot to overwrite instead of adding a version. */
  replace: string | null;
  /** The new snapshot's id (chosen by the room, so it knows it before the write is done). */
  id: string;
  now: number;
}

const storages = new WeakMap<SyncDatabase, DiagramStorage>();

/**
 * Rebuilds a diagram board's Yjs document up to `upToUpdateId` from its newest snapshot and the
 * update log (the same rebuild a room does when it loads), encodes it, stores it as a snapshot and
 * trims the log it folds in. Runs in a worker thread: encoding a large document used to stall the
 * event loop that serves every board.
 * @returns the snapshot's id
 */
export function writeDiagramSnapshot(job: DiagramSnapshotJob): string {
  const db = workerDatabase(job.databaseUrl);
  let storage = storages.get(db);
  if (!storage) storages.set(db, (storage = new DiagramStorage(db)));
  const stored = storage.loadUpTo(job.boardId, job.upToUpdateId);
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    const state = Y.encodeStateAsUpdate(doc);
    const id = storage.writeSnapshot(job.boardId, state, job.upToUpdateId, {
      reason: job.reason,
      label: job.label,
      authorNames: job.authorNames,
      replace: job.replace,
      id: job.id,
      now: job.now,
    });
    storage.pruneVersions(job.boardId, id, job.now);
    return id;
  } finally {
    doc.destroy();
  }
}

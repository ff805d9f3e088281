import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema } from '@tldraw/store';
import { getTableName } from 'drizzle-orm';
import type { SyncDatabase } from '../db/sync-database';
import { canvasChanges, canvasSnapshots } from '../db/schema/index';
import type { CanvasActor } from '../sync/canvas/canvas-actor';
import { CanvasChangeLog, type WriteSnapshotInput } from '../sync/canvas/canvas-change-log';
import { applyCanvasChange, snapshotFromState, stateFromSnapshot, type CanvasChangeDiff } from '../sync/canvas/canvas-state';
import { workerDatabase } from './worker-database';

/** A snapshot of a canvas board to build from the database and store (in a worker thread). */
export interface CanvasSnapshotJob {
  databaseUrl: string;
  boardId: string;
  /** The room's document clock the snapshot is taken at; every change up to it is stored. */
  clock: number;
  /** Why it is written (`kind` of the snapshot row). */
  snapshotKind: WriteSnapshotInput['kind'];
  name: string | null;
  by: CanvasActor | null;
  authors: string[];
}

/** tldraw's own limit for a room's tombstones (InMemorySyncStorage keeps at most about this many). */
const maxTombstones = 5000;
const c = canvasChanges;
const s = canvasSnapshots;

const prepared = new WeakMap<SyncDatabase, { log: CanvasChangeLog; read: (boardId: string, clock: number) => RoomSnapshot | null }>();

function statementsFor(db: SyncDatabase) {
  let found = prepared.get(db);
  if (found) return found;
  const base = db.prepare(
    `SELECT ${s.clock.name} AS clock, ${s.snapshot.name} AS snapshot FROM ${getTableName(s)} WHERE ${s.boardId.name} = ? AND ${s.clock.name} <= ? ORDER BY ${s.clock.name} DESC, ${s.createdAt.name} DESC LIMIT 1`,
  );
  const later = db.prepare(
    `SELECT ${c.clock.name} AS clock, ${c.diff.name} AS diff, ${c.schema.name} AS schema FROM ${getTableName(c)} WHERE ${c.boardId.name} = ? AND ${c.clock.name} > ? AND ${c.clock.name} <= ? ORDER BY ${c.clock.name}`,
  );
  // One read transaction: the rows read belong to one moment, whatever other connections commit meanwhile.
  const read = db.transaction((boardId: string, clock: number): RoomSnapshot | null => {
    const row = base.get(boardId, clock) as { clock: number; snapshot: string } | undefined;
    if (!row) return null;
    const state = stateFromSnapshot(JSON.parse(row.snapshot) as RoomSnapshot);
    for (const change of later.iterate(boardId, row.clock, clock) as Iterable<{ clock: number; diff: string; schema: string | null }>) {
      applyCanvasChange(
        state,
        change.clock,
        JSON.parse(change.diff) as CanvasChangeDiff,
        change.schema ? (JSON.parse(change.schema) as SerializedSchema) : null,
      );
    }
    return snapshotFromState(state);
  }) as unknown as (boardId: string, clock: number) => RoomSnapshot | null;
  found = { log: new CanvasChangeLog(db), read };
  prepared.set(db, found);
  return found;
}

/**
 * A canvas board's state at `clock` (its newest snapshot up to then plus the logged changes after
 * it), read in one transaction on the worker's connection; null when nothing is stored.
 */
export function readStoredCanvas(db: SyncDatabase, boardId: string, clock = Number.MAX_SAFE_INTEGER): RoomSnapshot | null {
  return statementsFor(db).read(boardId, clock);
}

/**
 * Keeps the newest tombstones only, as tldraw's own storage does: without this, tombstones of a
 * board rebuilt from snapshot and log would only ever grow.
 */
function pruneTombstones(snapshot: RoomSnapshot): RoomSnapshot {
  const entries = Object.entries(snapshot.tombstones ?? {});
  if (entries.length <= maxTombstones) return snapshot;
  entries.sort((a, b) => a[1] - b[1]);
  let cutoff = entries.length - maxTombstones;
  while (cutoff < entries.length && entries[cutoff - 1]![1] === entries[cutoff]![1]) cutoff += 1;
  const kept = entries.slice(cutoff);
  return {
    ...snapshot,
    tombstones: Object.fromEntries(kept),
    tombstoneHistoryStartsAtClock: kept[0]?.[1] ?? snapshot.documentClock ?? 0,
  };
}

/**
 * Builds a canvas board's state at `clock` from its stored snapshot and change log (the same
 * rebuild a room does when it loads; every change up to the clock was stored before it was
 * acknowledged), then stores it and compacts the log up to it. Runs in a worker thread: parsing
 * and serializing a large board's JSON used to stall the event loop that serves every board.
 * @returns the snapshot's id, when it was written, and how many shapes it holds
 */
export function writeCanvasSnapshot(job: CanvasSnapshotJob): { id: string; createdAt: number } {
  const db = workerDatabase(job.databaseUrl);
  const { log } = statementsFor(db);
  const snapshot = readStoredCanvas(db, job.boardId, job.clock);
  if (!snapshot) throw new Error(`Canvas board ${job.boardId} has no stored state at clock ${job.clock}`);
  const written = log.writeSnapshot({
    boardId: job.boardId,
    kind: job.snapshotKind,
    name: job.name,
    by: job.by,
    authors: job.authors,
    snapshot: pruneTombstones({ ...snapshot, documentClock: job.clock }),
  });
  return { id: written.id, createdAt: written.createdAt.getTime() };
}

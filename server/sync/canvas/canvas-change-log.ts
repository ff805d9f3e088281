import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema } from '@tldraw/store';
import { getTableName } from 'drizzle-orm';
import { immediateWrite, type SyncDatabase } from '../../db/sync-database';
import { canvasChanges, canvasSnapshots } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { boardChangeWriter } from '../board-change-mark';
import type { CanvasActor } from './canvas-actor';
import type { CanvasChangeDiff } from './canvas-state';
import { countShapes } from './canvas-state';

type SnapshotKind = (typeof canvasSnapshots.$inferSelect)['kind'];

export interface WriteSnapshotInput {
  boardId: string;
  kind: SnapshotKind;
  name?: string | null;
  by: CanvasActor | null;
  authors: string[];
  snapshot: RoomSnapshot;
  /** Remove the changes this snapshot covers and older compaction bases (default true). */
  compact?: boolean;
}

/** Every automatic checkpoint of the last week is kept; older ones, one per day. */
const keepEveryCheckpointMs = 7 * 24 * 60 * 60 * 1000;

const changes = getTableName(canvasChanges);
const snapshots = getTableName(canvasSnapshots);
const c = canvasChanges;
const s = canvasSnapshots;

/**
 * The synchronous writes of canvas rooms on drizzle's tables, through the `libsql` connection:
 * called inside tldraw's storage transaction, so a change is on disk before the room sends the
 * acknowledgement. (drizzle owns the tables and migrations; this one module holds the hot path's
 * prepared statements.)
 */
export class CanvasChangeLog {
  private readonly insertChange;
  private readonly appendChange;
  private readonly insertSnapshot;
  private readonly deleteChangesUpTo;
  private readonly deleteBasesBefore;
  private readonly writeSnapshotTxn;
  /** Marks a board as changed by someone (through `BoardChangeMark`, which spaces the writes). */
  readonly writeBoardChange;
  private readonly thinCheckpoints;

  constructor(syncDb: SyncDatabase) {
    this.insertChange = syncDb.prepare(
      `INSERT INTO ${changes} (${c.boardId.name}, ${c.clock.name}, ${c.createdAt.name}, ${c.actorId.name}, ${c.actorName.name}, ${c.diff.name}, ${c.schema.name}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.appendChange = immediateWrite(syncDb, (...values: unknown[]) => this.insertChange.run(...values));
    this.insertSnapshot = syncDb.prepare(
      `INSERT INTO ${snapshots} (${s.id.name}, ${s.boardId.name}, ${s.clock.name}, ${s.kind.name}, ${s.name.name}, ${s.createdAt.name}, ${s.createdById.name}, ${s.createdByName.name}, ${s.authors.name}, ${s.shapeCount.name}, ${s.snapshot.name}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.deleteChangesUpTo = syncDb.prepare(`DELETE FROM ${changes} WHERE ${c.boardId.name} = ? AND ${c.clock.name} <= ?`);
    this.deleteBasesBefore = syncDb.prepare(`DELETE FROM ${snapshots} WHERE ${s.boardId.name} = ? AND ${s.kind.name} = 'base' AND ${s.id.name} <> ?`);
    this.writeBoardChange = boardChangeWriter(syncDb);
    // Automatic checkpoints older than a week are thinned to the last one of each day; named
    // versions and those kept around restores and imports stay.
    this.thinCheckpoints = syncDb.prepare(
      `DELETE FROM ${snapshots} WHERE ${s.boardId.name} = ? AND ${s.kind.name} = 'checkpoint' AND ${s.createdAt.name} < ? AND ${s.id.name} NOT IN (
        SELECT id FROM (
          SELECT ${s.id.name} AS id, ROW_NUMBER() OVER (
            PARTITION BY date(${s.createdAt.name} / 1000, 'unixepoch', 'localtime') ORDER BY ${s.createdAt.name} DESC
          ) AS newest
          FROM ${snapshots} WHERE ${s.boardId.name} = ? AND ${s.kind.name} = 'checkpoint'
        ) WHERE newest = 1
      )`,
    );
    this.writeSnapshotTxn = immediateWrite(syncDb, (input: WriteSnapshotInput, id: string, createdAt: number, shapeCount: number, json: string) => {
      const clock = input.snapshot.documentClock ?? input.snapshot.clock ?? 0;
      this.insertSnapshot.run(
        id,
        input.boardId,
        clock,
        input.kind,
        input.name ?? null,
        createdAt,
        input.by?.id ?? null,
        input.by?.name ?? null,
        JSON.stringify(input.authors),
        shapeCount,
        json,
      );
      if (input.compact !== false) {
        this.deleteChangesUpTo.run(input.boardId, clock);
        this.deleteBasesBefore.run(input.boardId, id);
      }
      if (input.kind === 'checkpoint') this.thinCheckpoints.run(input.boardId, createdAt - keepEveryCheckpointMs, input.boardId);
    });
  }

  /**
   * Appends one committed change (`actor` null: Planrom itself, e.g. a schema migration); throws,
   * and the room's transaction rolls back, if it cannot.
   */
  append(boardId: string, clock: number, actor: CanvasActor | null, diff: CanvasChangeDiff, schema: SerializedSchema | null): void {
    this.appendChange(boardId, clock, Date.now(), actor?.id ?? null, actor?.name ?? null, JSON.stringify(diff), schema ? JSON.stringify(schema) : null);
  }

  /**
   * Stores a full state in one transaction and, by default, compacts: the changes it covers and
   * older compaction bases go (versions stay).
   * @returns the snapshot's id
   */
  writeSnapshot(input: WriteSnapshotInput): { id: string; createdAt: Date } {
    const id = newId();
    const createdAt = Date.now();
    // Serialized before the write lock is taken: the rooms' writes never wait for the JSON.
    const json = JSON.stringify(input.snapshot);
    this.writeSnapshotTxn(input, id, createdAt, countShapes(input.snapshot), json);
    return { id, createdAt: new Date(createdAt) };
  }
}

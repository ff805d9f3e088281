import { randomUUID } from 'node:crypto';
import { immediateWrite, type SyncDatabase } from '../../db/sync-database';
import { boardChangeWriter, type ChangeAuthor } from '../board-change-mark';

/** Why a snapshot was taken (see `diagram_snapshots.reason`). */
export type SnapshotReason = 'compaction' | 'manual' | 'before-import' | 'before-restore' | 'copy';

export interface StoredDiagram {
  /** The newest snapshot's state followed by every update logged after it, in order. */
  updates: Uint8Array[];
  /** The last logged update's id (0 when none). */
  lastUpdateId: number;
  /** How many updates were logged after the newest snapshot. */
  pendingUpdates: number;
  /** Who made those updates. */
  pendingAuthors: string[];
  /** The newest snapshot, when there is one. */
  latestSnapshot: { id: string; reason: SnapshotReason; createdAt: number; authorNames: string[] } | null;
}

export interface VersionSummary {
  id: string;
  reason: SnapshotReason;
  label: string | null;
  authorNames: string[];
  createdAt: number;
}

/** Who wrote an update to a diagram's log. */
export type Author = ChangeAuthor;

const parseNames = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
};

const toBytes = (value: unknown): Uint8Array =>
  value instanceof Uint8Array ? value : value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(0);

/**
 * The diagram tables on the synchronous libSQL connection: the hot path of diagram rooms. Every
 * call finishes its write before returning, so a room can store an update and only then relay it.
 * drizzle owns the tables (server/db/schema/diagram-*.ts); these are prepared statements on them.
 */
export class DiagramStorage {
  private readonly statements;
  /** Marks a board as changed by someone (through `BoardChangeMark`, which spaces the writes). */
  readonly writeBoardChange;

  constructor(private readonly db: SyncDatabase) {
    this.writeBoardChange = boardChangeWriter(db);
    this.statements = {
      latestSnapshot: db.prepare(
        'SELECT id, state, up_to_update_id AS upTo, reason, created_at AS createdAt, author_names AS authorNames FROM diagram_snapshots WHERE board_id = ? AND up_to_update_id <= ? ORDER BY up_to_update_id DESC, created_at DESC LIMIT 1',
      ),
      updatesAfter: db.prepare(
        'SELECT id, "update" AS "update", author_name AS authorName FROM diagram_updates WHERE board_id = ? AND id > ? AND id <= ? ORDER BY id',
      ),
      append: db.prepare('INSERT INTO diagram_updates (board_id, "update", author_id, author_name, created_at) VALUES (?, ?, ?, ?, ?)'),
      insertSnapshot: db.prepare(
        'INSERT INTO diagram_snapshots (id, board_id, state, up_to_update_id, reason, label, author_names, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      replaceSnapshot: db.prepare(
        'UPDATE diagram_snapshots SET state = ?, up_to_update_id = ?, author_names = ?, created_at = ? WHERE id = ? AND board_id = ?',
      ),
      trim: db.prepare('DELETE FROM diagram_updates WHERE board_id = ? AND id <= ?'),
      versions: db.prepare(
        'SELECT id, reason, label, author_names AS authorNames, created_at AS createdAt FROM diagram_snapshots WHERE board_id = ? ORDER BY up_to_update_id DESC, created_at DESC LIMIT ?',
      ),
      version: db.prepare('SELECT state FROM diagram_snapshots WHERE board_id = ? AND id = ?'),
      boardExists: db.prepare('SELECT 1 AS found FROM boards WHERE id = ?'),
      oldAutomatic: db.prepare(
        "SELECT id, created_at AS createdAt FROM diagram_snapshots WHERE board_id = ? AND reason = 'compaction' AND created_at < ? AND id <> ? ORDER BY created_at",
      ),
      deleteSnapshot: db.prepare('DELETE FROM diagram_snapshots WHERE board_id = ? AND id = ?'),
    };
  }

  /** Everything needed to rebuild a board's document, in one read. */
  load(boardId: string): StoredDiagram {
    return this.loadUpTo(boardId, Number.MAX_SAFE_INTEGER);
  }

  /**
   * What `load` reads, as the board was when update `upToUpdateId` was the last one. One read
   * transaction: a snapshot written meanwhile by a worker thread (which trims the log) is seen
   * either whole or not at all.
   */
  loadUpTo(boardId: string, upToUpdateId: number): StoredDiagram {
    return this.db.transaction(() => this.read(boardId, upToUpdateId))() as StoredDiagram;
  }

  private read(boardId: string, upToUpdateId: number): StoredDiagram {
    const snapshot = this.statements.latestSnapshot.get(boardId, upToUpdateId) as
      { id: string; state: unknown; upTo: number; reason: SnapshotReason; createdAt: number; authorNames: string } | undefined;
    const after = snapshot?.upTo ?? 0;
    const rows = this.statements.updatesAfter.all(boardId, after, upToUpdateId) as Array<{ id: number; update: unknown; authorName: string | null }>;
    const updates = rows.map((row) => toBytes(row.update));
    return {
      updates: snapshot ? [toBytes(snapshot.state), ...updates] : updates,
      lastUpdateId: rows.at(-1)?.id ?? after,
      pendingUpdates: rows.length,
      pendingAuthors: [...new Set(rows.map((row) => row.authorName).filter((name): name is string => !!name))],
      latestSnapshot: snapshot
        ? { id: snapshot.id, reason: snapshot.reason, createdAt: Number(snapshot.createdAt), authorNames: parseNames(snapshot.authorNames) }
        : null,
    };
  }

  /**
   * Appends one update to the board's log; the row is committed when this returns.
   * @returns the update's id
   */
  append(boardId: string, update: Uint8Array, author: Author, now = Date.now()): number {
    return this.appendAll(boardId, [{ update, author }], now);
  }

  /**
   * Appends several updates in order, in one transaction (all or none are stored).
   * @returns the last update's id
   */
  appendAll(boardId: string, updates: Array<{ update: Uint8Array; author: Author }>, now = Date.now()): number {
    return immediateWrite(this.db, () => {
      let last = 0;
      for (const { update, author } of updates) {
        const bytes = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
        last = Number(this.statements.append.run(boardId, bytes, author.id, author.name, now).lastInsertRowid);
      }
      return last;
    })();
  }

  /**
   * Stores a full state and deletes the log entries it folds in, in one transaction.
   * @param replace the id of the newest snapshot to overwrite instead of adding a new version
   * @returns the snapshot's id
   */
  writeSnapshot(
    boardId: string,
    state: Uint8Array,
    upToUpdateId: number,
    options: { reason: SnapshotReason; label?: string | null; authorNames: string[]; replace?: string | null; id?: string; now?: number },
  ): string {
    const now = options.now ?? Date.now();
    const bytes = Buffer.from(state.buffer, state.byteOffset, state.byteLength);
    const names = JSON.stringify(options.authorNames);
    const write = immediateWrite(this.db, () => {
      let id = options.replace ?? null;
      if (id) {
        const changed = this.statements.replaceSnapshot.run(bytes, upToUpdateId, names, now, id, boardId);
        if (Number(changed.changes) === 0) id = null;
      }
      if (!id) {
        id = options.id ?? randomUUID();
        this.statements.insertSnapshot.run(id, boardId, bytes, upToUpdateId, options.reason, options.label ?? null, names, now);
      }
      this.statements.trim.run(boardId, upToUpdateId);
      return id;
    });
    return write() as string;
  }

  /** The board's versions, newest first. */
  listVersions(boardId: string, limit = 500): VersionSummary[] {
    const rows = this.statements.versions.all(boardId, limit) as Array<{
      id: string;
      reason: SnapshotReason;
      label: string | null;
      authorNames: string;
      createdAt: number;
    }>;
    return rows.map((row) => ({ ...row, createdAt: Number(row.createdAt), authorNames: parseNames(row.authorNames) }));
  }

  /**
   * Thins out old automatic versions so history stays useful and small: automatic snapshots older
   * than a day are kept one per day (the last of each day). Named, imported, restored and copied
   * versions are always kept, and so is the newest snapshot (the board loads from it).
   * @returns how many snapshots were deleted
   */
  pruneVersions(boardId: string, newestId: string, now = Date.now()): number {
    const dayMs = 24 * 60 * 60 * 1000;
    const rows = this.statements.oldAutomatic.all(boardId, now - dayMs, newestId) as Array<{ id: string; createdAt: number }>;
    const lastOfDay = new Map<number, string>();
    for (const row of rows) lastOfDay.set(Math.floor(Number(row.createdAt) / dayMs), row.id);
    const keep = new Set(lastOfDay.values());
    const doomed = rows.filter((row) => !keep.has(row.id));
    if (doomed.length === 0) return 0;
    immediateWrite(this.db, () => {
      for (const row of doomed) this.statements.deleteSnapshot.run(boardId, row.id);
    })();
    return doomed.length;
  }

  /** Whether the board still exists (a deleted board's room must not write). */
  boardExists(boardId: string): boolean {
    return this.statements.boardExists.get(boardId) !== undefined;
  }

  /** One version's state, or null when the board has no such version. */
  versionState(boardId: string, versionId: string): Uint8Array | null {
    const row = this.statements.version.get(boardId, versionId) as { state: unknown } | undefined;
    return row ? toBytes(row.state) : null;
  }
}

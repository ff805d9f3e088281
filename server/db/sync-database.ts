import { dirname, resolve } from 'node:path';
import { mkdirSync } from 'node:fs';
import Database from 'libsql';
import { localDatabasePath } from './client';

/** The synchronous libSQL connection (better-sqlite3-style API) used on the sync hot path. */
export type SyncDatabase = InstanceType<typeof Database>;

/**
 * How long a write on this connection waits for a lock held elsewhere (another process, a backup).
 * Short on purpose: the wait blocks the whole event loop, so board rooms retry with back-off
 * instead (`storageRetryMs` of the canvas and diagram rooms).
 */
const busyTimeoutMs = 100;

/** What the WAL file is cut back to after a checkpoint (see `wal-checkpointer.ts`). */
export const walSizeLimitBytes = 4 * 1024 * 1024;

/**
 * Opens a second, synchronous connection to the same database for the board rooms. tldraw's room
 * acknowledges a change right after its storage transaction returns, and Yjs updates are relayed
 * right after they are stored, so the write must be finished synchronously inside that call: an
 * async client would store it after the acknowledgement.
 *
 * A local file is opened directly (WAL, synchronous=NORMAL: survives a killed process). With a
 * libSQL server URL, an embedded replica at `replicaPath` is used: writes go to the server before
 * the call returns, so durability then depends on the server's round trip.
 */
export function openSyncDatabase(url: string, options: { authToken?: string; replicaPath?: string } = {}): SyncDatabase {
  const path = localDatabasePath(url);
  let db: SyncDatabase;
  if (path) {
    db = new Database(path, { timeout: busyTimeoutMs } as never);
  } else {
    const replica = resolve(options.replicaPath ?? './data/replica.db');
    mkdirSync(dirname(replica), { recursive: true });
    db = new Database(replica, { syncUrl: url, authToken: options.authToken } as never);
    db.sync();
  }
  if (path) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // The WAL file keeps the size of its busiest moment unless told otherwise: once checkpointed
    // and reused from the start, it is cut back to this.
    db.pragma(`journal_size_limit = ${walSizeLimitBytes}`);
  }
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * Wraps a write on the synchronous connection in `BEGIN IMMEDIATE … COMMIT`, so the write lock is
 * taken before any statement runs. Why: when a prepared statement of the `libsql` package fails
 * with SQLITE_BUSY it is not reset, and every later write on the connection then stays in an
 * implicit transaction that is never committed (other connections cannot see it or write, and
 * the next run of the failed statement rolls it all back: acknowledged changes lost). A busy
 * `BEGIN IMMEDIATE` fails cleanly instead, with nothing left open.
 */
export function immediateWrite<A extends unknown[], R>(db: SyncDatabase, write: (...args: A) => R): (...args: A) => R {
  const transaction = db.transaction(write) as unknown as { immediate: (...args: A) => R };
  return transaction.immediate;
}

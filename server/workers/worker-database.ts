import { openSyncDatabase, type SyncDatabase } from '../db/sync-database';

/** A worker may wait for the write lock as long as it takes: only the worker waits. */
const workerBusyTimeoutMs = 15_000;

let open: { url: string; db: SyncDatabase } | null = null;

/**
 * The worker thread's own synchronous connection to the local database file, opened once per
 * thread and reused by every task that reads or writes there (images, snapshots).
 */
export function workerDatabase(databaseUrl: string): SyncDatabase {
  if (open?.url !== databaseUrl) {
    open?.db.close();
    const db = openSyncDatabase(databaseUrl);
    db.pragma(`busy_timeout = ${workerBusyTimeoutMs}`);
    open = { url: databaseUrl, db };
  }
  return open.db;
}

import Database from 'libsql';
import type { SyncDatabase } from './sync-database';

/**
 * Opens a synchronous, query-only connection to a local database file for the hot read paths
 * (`readStatement`). It is its own connection, not the board rooms' one: a read never shares a
 * connection with a room's open write, and in WAL mode it sees every commit made before it starts,
 * by this process or another. A busy wait blocks the event loop, hence the short timeout (a WAL
 * reader is only ever kept waiting during crash recovery).
 */
export function openReadConnection(path: string): SyncDatabase {
  const connection = new Database(path, { timeout: 100 } as never);
  connection.pragma('busy_timeout = 100');
  connection.pragma('query_only = ON');
  return connection;
}

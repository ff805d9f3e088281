import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { logger } from '../lib/logger';
import { walSizeLimitBytes, type SyncDatabase } from './sync-database';

/** Runs in the worker thread: its own connection, checkpointing now and then. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.libsqlPath);
const db = new Database(workerData.path, { timeout: 5000 });
db.pragma('busy_timeout = 5000');
db.pragma('journal_size_limit = ' + workerData.walSizeLimitBytes);
const checkpoint = (mode) => { try { db.pragma('wal_checkpoint(' + mode + ')'); } catch (error) { parentPort.postMessage({ error: String(error) }); } };
const timer = setInterval(() => checkpoint('PASSIVE'), workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  checkpoint('TRUNCATE');
  db.close();
  parentPort.postMessage('stopped');
});
`;

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. By default the connection that commits the
 * write that fills the WAL copies it back into the database file and fsyncs, which stalls that
 * commit (measured here: 1 in ~100 commits took 5–100 ms). Board rooms commit on the hot path, so
 * the synchronous connection stops checkpointing itself and a worker thread with its own
 * connection checkpoints every `intervalMs` instead (PASSIVE: it never blocks writers). If the
 * worker fails, the connection checkpoints itself again.
 */
export function startWalCheckpointer(syncDb: SyncDatabase, path: string, intervalMs = 1000): WalCheckpointer {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { path, intervalMs, walSizeLimitBytes, libsqlPath: createRequire(import.meta.url).resolve('libsql') },
  });
  syncDb.pragma('wal_autocheckpoint = 0');
  let stopped = false;
  const fallBack = (why: unknown) => {
    if (stopped) return;
    logger.error('WAL checkpoint worker stopped; checkpointing on the main connection again', why);
    syncDb.pragma('wal_autocheckpoint = 1000');
  };
  worker.on('message', (message) => {
    if (typeof message === 'object' && message && 'error' in message) logger.error('WAL checkpoint failed', message.error);
  });
  worker.on('error', fallBack);
  worker.on('exit', (code) => code !== 0 && fallBack(`exit ${code}`));
  worker.unref();
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (stopped) return resolve();
        stopped = true;
        const timer = setTimeout(() => void worker.terminate().then(() => resolve()), 2000);
        worker.once('message', () => {
          clearTimeout(timer);
          void worker.terminate().then(() => resolve());
        });
        worker.postMessage('stop');
      }),
  };
}

import type { CanvasSnapshotJob } from './canvas-snapshot-task';
import type { DiagramSnapshotJob } from './diagram-snapshot-task';
import type { WorkerPool } from './worker-pool';

/**
 * Board snapshots and log compaction, built in the worker threads from what the database holds
 * (every acknowledged change is stored before it is acknowledged, so the database has the room's
 * state at any clock it has reached). A board's snapshots run one after another, in the order they
 * were asked for: each one compacts the log the next one reads.
 *
 * Only with a local database file (the workers open it themselves); otherwise each method answers
 * null and the room writes the snapshot on the event loop as before.
 */
export class SnapshotQueue {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly pool: WorkerPool) {}

  /**
   * Builds and stores a canvas board's snapshot at `job.clock` and compacts the log up to it.
   * @returns the snapshot's id and time once it is stored, or null when the room must write it itself
   */
  canvas(job: Omit<CanvasSnapshotJob, 'databaseUrl'>): Promise<{ id: string; createdAt: Date }> | null {
    const databaseUrl = this.pool.databaseUrl;
    if (!databaseUrl) return null;
    return this.enqueue(`canvas:${job.boardId}`, async () => {
      const written = await this.pool.runUpkeep({ kind: 'canvas-snapshot', databaseUrl, ...job });
      return { id: written.id, createdAt: new Date(written.createdAt) };
    });
  }

  /**
   * Builds and stores a diagram board's snapshot up to `job.upToUpdateId` and trims the log.
   * @returns the snapshot's id once it is stored, or null when the room must write it itself
   */
  diagram(job: Omit<DiagramSnapshotJob, 'databaseUrl'>): Promise<string> | null {
    const databaseUrl = this.pool.databaseUrl;
    if (!databaseUrl) return null;
    return this.enqueue(`diagram:${job.boardId}`, () => this.pool.runUpkeep({ kind: 'diagram-snapshot', databaseUrl, ...job }));
  }

  /** Waits until every snapshot asked for so far is stored or has failed (server shutdown, tests). */
  async settled(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }

  private enqueue<T>(key: string, run: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(run);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}

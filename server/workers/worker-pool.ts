import { Piscina } from 'piscina';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../shared/schemas/api-error';
import { ApiError } from '../lib/errors';
import { logger } from '../lib/logger';
import { compileWorkerTasks, type CompiledTasks } from './compiled-worker-tasks';
import type { WorkerAnswer, WorkerResults, WorkerTask } from './worker-tasks';
import { withoutTypeScriptLoader } from './without-typescript-loader';

/** One job place taken: runs tasks in a worker thread. */
export interface WorkerJob {
  /**
   * @param transfer byte arrays in the task that are moved to the worker instead of copied (the caller must not use them after)
   * @throws the ApiError the task ended with
   */
  run<K extends WorkerTask['kind']>(task: Extract<WorkerTask, { kind: K }>, transfer?: ArrayBuffer[]): Promise<WorkerResults[K]>;
}

export interface WorkerPoolOptions {
  /** Worker threads at most (each runs one job at a time). */
  threads: number;
  /** Jobs one person (user, guest visit) may have running or waiting at once. */
  perOwner: number;
  /** Jobs running or waiting at once in all; more are refused. */
  total: number;
  /** The database, when it is a local file the workers can write to themselves (large images). */
  localDatabaseUrl?: string | null;
  /** Builds the threads' task code (compileWorkerTasks); when it fails, the threads compile the sources themselves. */
  compileTasks?: () => Promise<CompiledTasks>;
}

const busyForYou = () => new ApiError(429, 'too_many_jobs', 'Planrom arbeider allerede med en fil for deg. Vent til den er ferdig, og prøv igjen.');
const busyForAll = () => new ApiError(429, 'too_many_jobs', 'Planrom arbeider med mange filer akkurat nå. Vent litt og prøv igjen.');

/**
 * The worker threads for heavy work (reading, migrating and validating imports, building
 * exports), so no single request stalls the event loop that serves every board and socket. Jobs
 * are counted per person and in total; over either limit a job is refused at once with a 429
 * instead of waiting in a long queue.
 */
export class WorkerPool {
  private readonly pool: Promise<Piscina>;
  private readonly byOwner = new Map<string, number>();
  private active = 0;
  private done = 0;
  /**
   * The module the threads load their task code from, compiled when the pool was made, or null
   * when that failed and each thread compiles the sources through tsx (slower, the same tasks).
   */
  readonly compiledTasks: Promise<CompiledTasks | null>;

  constructor(private readonly options: WorkerPoolOptions) {
    this.compiledTasks = (options.compileTasks ?? compileWorkerTasks)().catch((error: unknown) => {
      logger.error('Could not compile the worker threads’ code; each thread compiles it itself', error);
      return null;
    });
    // No thread starts before the code is there: threads start with the first task.
    this.pool = this.compiledTasks.then(
      (compiled) =>
        new Piscina({
          filename: new URL('./worker-entry.mjs', import.meta.url).href,
          workerData: { compiledTasks: compiled?.url ?? null },
          // Only a thread that compiles the sources through tsx's API keeps the server's tsx flags.
          execArgv: compiled ? withoutTypeScriptLoader(process.execArgv) : process.execArgv,
          minThreads: 0,
          maxThreads: options.threads,
          idleTimeout: 60_000,
        }),
    );
  }

  /** The local database workers write large images to, or null when the main thread must. */
  get databaseUrl(): string | null {
    return this.options.localDatabaseUrl ?? null;
  }

  /** Tasks finished in a worker thread since the pool started (for tests and diagnostics). */
  get completedTasks(): number {
    return this.done;
  }

  /** Jobs running or waiting now. */
  get activeJobs(): number {
    return this.active;
  }

  /**
   * Takes one of the person's job places now, before the request's body is read, so a job over a
   * limit is refused at once (429 `too_many_jobs`) without reading a 40 MB upload first. The place
   * is given back when `work` ends, however it ends.
   * @param owner who asks (a user id or a guest's session), for the per-person limit
   */
  async withJob<T>(owner: string, work: (job: WorkerJob) => Promise<T>): Promise<T> {
    const mine = this.byOwner.get(owner) ?? 0;
    if (mine >= this.options.perOwner) throw busyForYou();
    if (this.active >= this.options.total) throw busyForAll();
    this.byOwner.set(owner, mine + 1);
    this.active += 1;
    try {
      return await work({ run: (task, transfer) => this.runTask(task, transfer) });
    } finally {
      this.active -= 1;
      const left = (this.byOwner.get(owner) ?? 1) - 1;
      if (left > 0) this.byOwner.set(owner, left);
      else this.byOwner.delete(owner);
    }
  }

  /**
   * Runs Planrom's own upkeep (snapshots, compaction) in a worker thread. It takes no person's job
   * place and is never refused: it waits for a free thread instead (the callers queue it one at a
   * time per board).
   * @throws the ApiError or Error the task ended with
   */
  runUpkeep<K extends WorkerTask['kind']>(task: Extract<WorkerTask, { kind: K }>): Promise<WorkerResults[K]> {
    return this.runTask(task);
  }

  private async runTask<K extends WorkerTask['kind']>(task: Extract<WorkerTask, { kind: K }>, transfer: ArrayBuffer[] = []): Promise<WorkerResults[K]> {
    const pool = await this.pool;
    // A thread may start for this task, long after the server did.
    await (await this.compiledTasks)?.ensureWritten();
    const answer = (await pool.run(task, { transferList: transfer })) as WorkerAnswer<WorkerResults[K]>;
    this.done += 1;
    if (!answer.ok) throw new ApiError(answer.error.status as ContentfulStatusCode, answer.error.code as ErrorCode, answer.error.message);
    return answer.value;
  }

  /** Ends the worker threads; tasks still running are abandoned (wait for `SnapshotQueue.settled` first). */
  async close(): Promise<void> {
    await (await this.pool).destroy();
  }
}

// The file piscina starts in each worker thread. The pool names the task code, compiled once when
// the server started (compiled-worker-tasks.ts); when that could not be built, the thread compiles
// the TypeScript sources itself through tsx's API, which works the same under `npm run serve`,
// `npm run dev` and vitest (a worker thread does not inherit vitest's module transform).
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'piscina';

// Heavy jobs give way to the event loop that serves every board when both want the CPU: on Linux a
// thread has its own niceness, and /proc/thread-self names this thread's id. Elsewhere it stays as is.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // not Linux, or not allowed: the job runs at the process's priority
}

/** @type {{ compiledTasks: string | null } | undefined} */
const given = workerData;
const tasks = given?.compiledTasks ? await import(given.compiledTasks) : await (await import('tsx/esm/api')).tsImport('./worker-tasks.ts', import.meta.url);

export default tasks.runWorkerTask;

// The file piscina starts in each worker thread. Planrom's server is TypeScript run by tsx (in
// `npm run serve`, `npm run dev`, and vitest); a worker thread does not inherit vitest's module
// transform, so the tasks are loaded through tsx's own API here, which works the same in all three.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { tsImport } from 'tsx/esm/api';

// Heavy jobs give way to the event loop that serves every board when both want the CPU: on Linux a
// thread has its own niceness, and /proc/thread-self names this thread's id. Elsewhere it stays as is.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 10);
} catch {
  // not Linux, or not allowed: the job runs at the process's priority
}

const tasks = await tsImport('./worker-tasks.ts', import.meta.url);

export default tasks.runWorkerTask;

// The file piscina starts in each worker thread. Planrom's server is TypeScript run by tsx (in
// `npm run serve`, `npm run dev`, and vitest); a worker thread does not inherit vitest's module
// transform, so the tasks are loaded through tsx's own API here, which works the same in all three.
import { tsImport } from 'tsx/esm/api';

const tasks = await tsImport('./worker-tasks.ts', import.meta.url);

export default tasks.runWorkerTask;

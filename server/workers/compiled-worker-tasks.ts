import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileModule, compiledModulesFolder, type CompiledModule } from '../lib/compiled-module.mjs';

/** Inside the project, so the module's package imports resolve from its node_modules as the sources' do. */
export const compiledTasksFolder = join(compiledModulesFolder, 'planrom-workers');

/** The task code compiled: the module's file URL, and a check that writes it again if it was removed. */
export type CompiledTasks = CompiledModule;

/**
 * The worker threads' task code (worker-tasks.ts and the project files it imports) as one
 * JavaScript module, built when the server starts (about 60 ms, in esbuild's own process). A thread
 * that loads it is ready in about half the time and with under half the CPU of one that compiles
 * every file again through tsx (1.3 s and 2 s of CPU on a quiet machine), and the pool starts
 * threads again after a quiet minute.
 * @param folder inside the project (`compiledTasksFolder`; tests use their own)
 */
export function compileWorkerTasks(folder = compiledTasksFolder): Promise<CompiledTasks> {
  return compileModule({ entry: fileURLToPath(new URL('./worker-tasks.ts', import.meta.url)), folder, name: 'worker-tasks' });
}

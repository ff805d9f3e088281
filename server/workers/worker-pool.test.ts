import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../lib/logger';
import { canvasFixture } from '../test/canvas-helpers';
import { compiledTasksFolder, compileWorkerTasks } from './compiled-worker-tasks';
import { WorkerPool } from './worker-pool';

const fixture = () => new TextEncoder().encode(canvasFixture('tldraw-3.15.tldr'));
const importIn = (pool: WorkerPool) =>
  pool.withJob('test', (job) => job.run({ kind: 'tldr-import', file: fixture(), boardId: '00000000-0000-4000-8000-000000000001' }));

describe('the worker pool’s task code', () => {
  // A folder of this test's own (inside the project, where the module's package imports resolve),
  // so removing files here never touches what other tests' servers load.
  const folder = `${compiledTasksFolder}-test-${randomUUID()}`;
  const pools: WorkerPool[] = [];
  const poolWith = (compileTasks: () => ReturnType<typeof compileWorkerTasks> = () => compileWorkerTasks(folder)) => {
    const pool = new WorkerPool({ threads: 1, total: 2, perOwner: 1, compileTasks });
    pools.push(pool);
    return pool;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()));
    vi.restoreAllMocks();
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('runs the tasks from one module compiled when the pool is made', async () => {
    const pool = poolWith(() => compileWorkerTasks());
    const compiled = await pool.compiledTasks;
    expect(compiled?.url).toMatch(/^file:\/\/.*\/worker-tasks-[0-9a-f]{16}\.mjs$/);
    expect(fileURLToPath(compiled!.url).startsWith(`${compiledTasksFolder}/`)).toBe(true);
    const prepared = await importIn(pool);
    expect(prepared.shapeCount).toBeGreaterThan(0);
  }, 60_000);

  it('keeps each source file’s own location in the compiled module', async () => {
    const compiled = await compileWorkerTasks(folder);
    const code = await readFile(fileURLToPath(compiled.url), 'utf8');
    // server/db/client.ts finds the migrations from where it is: that must stay its own place.
    const clientSource = pathToFileURL(fileURLToPath(new URL('../db/client.ts', import.meta.url))).href;
    expect(code).toContain(JSON.stringify(clientSource));
    expect(code).not.toContain('import.meta.url');
  });

  it('writes the module again when it was removed before a thread started', async () => {
    const pool = poolWith();
    const file = fileURLToPath((await pool.compiledTasks)!.url);
    await rm(file);
    expect((await importIn(pool)).shapeCount).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);
  }, 60_000);

  it('removes other versions’ modules unused for 30 days, and keeps newer ones', async () => {
    await compileWorkerTasks(folder);
    const old = join(folder, 'worker-tasks-0000000000000000.mjs');
    const recent = join(folder, 'worker-tasks-1111111111111111.mjs');
    await writeFile(old, 'export {};');
    await writeFile(recent, 'export {};');
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    await utimes(old, longAgo, longAgo);
    await compileWorkerTasks(folder);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });

  it('still runs the tasks when the code cannot be compiled: each thread compiles the sources itself', async () => {
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const pool = poolWith(() => Promise.reject(new Error('esbuild is missing')));
    expect(await pool.compiledTasks).toBeNull();
    expect(logged).toHaveBeenCalledOnce();
    const prepared = await importIn(pool);
    const fromCompiled = await importIn(poolWith());
    expect(prepared.shapeCount).toBe(fromCompiled.shapeCount);
  }, 60_000);
});

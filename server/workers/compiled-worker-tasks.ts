import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const tasksSource = fileURLToPath(new URL('./worker-tasks.ts', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Inside the project, so the module's package imports resolve from its node_modules as the sources' do. */
export const compiledTasksFolder = join(projectRoot, 'node_modules', '.cache', 'planrom-workers');

/** How long another version's compiled module is kept (a server of that version writes it again if it needs it). */
const keepOthersMs = 30 * 24 * 3600 * 1000;

/** The task code compiled: the module's file URL, and a check that writes it again if it was removed. */
export interface CompiledTasks {
  url: string;
  /** Writes the module again if someone removed it (threads start long after the server did). */
  ensureWritten(): Promise<void>;
}

/**
 * The worker threads' task code (worker-tasks.ts and the project files it imports, packages left as
 * imports) as one JavaScript module, built by esbuild (the compiler tsx runs on) when the server
 * starts: about 60 ms, in esbuild's own process. A thread that loads it is ready in about half the
 * time and with under half the CPU of one that compiles every file again through tsx (1.3 s and
 * 2 s of CPU on a quiet machine), and the pool starts threads again after a quiet minute.
 * The file is named by a hash of its content, so servers started from other versions of the code
 * (tests, a second process) never load each other's; other versions' files unused for 30 days are removed.
 * @param folder inside the project (`compiledTasksFolder`; tests use their own)
 */
export async function compileWorkerTasks(folder = compiledTasksFolder): Promise<CompiledTasks> {
  const result = await build({
    entryPoints: [tasksSource],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [sourceLocations],
  });
  const code = result.outputFiles[0]!.contents;
  const name = `worker-tasks-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  const file = join(folder, name);
  const ensureWritten = async () => {
    if (existsSync(file)) return;
    await mkdir(folder, { recursive: true });
    // Written whole under another name first: a thread never reads half a file written by another server.
    const partial = `${file}.${randomUUID()}.partial`;
    await writeFile(partial, code);
    await rename(partial, file);
  };
  await ensureWritten();
  await removeUnused(folder, name);
  return { url: pathToFileURL(file).href, ensureWritten };
}

async function removeUnused(folder: string, current: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(folder)) {
    if (name === current) continue;
    const path = join(folder, name);
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > keepOthersMs) await rm(path, { force: true });
  }
}

/**
 * Each project file keeps its own location: `import.meta.url` (and `dirname`, `filename`) in it
 * name the source file, not the bundle, so paths it finds from there (the migrations folder) stay right.
 */
const sourceLocations: Plugin = {
  name: 'planrom-source-locations',
  setup(builder) {
    // Only project files are loaded here: packages stay imports (`packages: 'external'`).
    builder.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const located = source
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(path)))
        .replaceAll('import.meta.filename', JSON.stringify(path));
      return { contents: located, loader: 'ts' };
    });
  },
};

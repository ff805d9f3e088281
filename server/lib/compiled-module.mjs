// Plain JavaScript, not TypeScript: `server/serve.mjs` runs it before anything can compile TypeScript.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Where compiled modules are kept: inside the project, so their package imports resolve from its node_modules as the sources' do. */
export const compiledModulesFolder = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));

/** How long another version's compiled module is kept (a server of that version writes it again if it needs it). */
const keepOthersMs = 30 * 24 * 3600 * 1000;

/**
 * A TypeScript entry and the project files it imports as one JavaScript module (packages stay
 * imports), built by esbuild, the compiler tsx runs on, in a few tens of milliseconds. Loading it
 * takes a fraction of the time and CPU of loading every file through tsx's loader hooks.
 * The file is named by a hash of its content, so processes started from other versions of the code
 * (tests, a second server) never load each other's; other versions' files unused for 30 days go.
 * @param {{ entry: string, folder: string, name: string, sourceMap?: boolean }} options
 *   `entry` the TypeScript file's path; `folder` where to write; `name` the file name's prefix;
 *   `sourceMap` adds an inline source map, so a stack trace names the TypeScript files.
 * @returns {Promise<{ url: string, ensureWritten(): Promise<void> }>}
 */
export async function compileModule({ entry, folder, name, sourceMap = false }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    // The source map names the sources relative to where the module is written.
    outdir: folder,
    logLevel: 'silent',
    sourcemap: sourceMap ? 'inline' : false,
    sourcesContent: false,
    plugins: [sourceLocations],
  });
  const code = result.outputFiles[0].contents;
  const file = join(folder, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  const ensureWritten = async () => {
    if (existsSync(file)) return;
    await mkdir(folder, { recursive: true });
    // Written whole under another name first: a process never reads half a file written by another.
    const partial = `${file}.${randomUUID()}.partial`;
    await writeFile(partial, code);
    await rename(partial, file);
  };
  await ensureWritten();
  await removeUnused(folder, file);
  return { url: pathToFileURL(file).href, ensureWritten };
}

/** @param {string} folder @param {string} current */
async function removeUnused(folder, current) {
  const now = Date.now();
  for (const name of await readdir(folder)) {
    const path = join(folder, name);
    if (path === current) continue;
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: now }));
    if (now - mtimeMs > keepOthersMs) await rm(path, { force: true });
  }
}

/**
 * Each project file keeps its own location: `import.meta.url` (and `dirname`, `filename`) in it
 * name the source file, not the bundle, so paths it finds from there (the migrations folder) stay right.
 * @type {import('esbuild').Plugin}
 */
const sourceLocations = {
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

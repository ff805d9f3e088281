import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import type { AppPageHeaders } from './app-page-headers';
import { serveFolder } from './serve-folder';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The floors import the web app's own parts, so they live with it; the bench only builds and loads them.
const floorsRoot = fileURLToPath(new URL('../../web/bench-pages/open-floors/', import.meta.url));
const webConfig = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/**
 * The floors run tldraw as released: the ES-module files Planrom's patches of tldraw change
 * (patches/tldraw+*.patch and patches/@tldraw+*.patch, applied in node_modules at install) are
 * served to the floors' build as they were, each patch taken back out with GNU patch. Planrom's own
 * build keeps the patches.
 */
function tldrawAsReleased(): Plugin {
  const patchNames = readdirSync(join(root, 'patches')).filter((name) => name.startsWith('tldraw+') || name.startsWith('@tldraw+'));
  const originals = new Map<string, string>();
  const work = mkdtempSync(join(tmpdir(), 'planrom-unpatch-'));
  for (const patchName of patchNames) {
    const sections = readFileSync(join(root, 'patches', patchName), 'utf8').split(/^(?=diff --git )/m);
    for (const section of sections) {
      const file = /^diff --git a\/(\S+)/.exec(section)?.[1];
      if (!file || !file.includes('/dist-esm/')) continue;
      writeFileSync(join(work, 'section.patch'), section);
      execFileSync('patch', ['--quiet', '-p1', '-R', '-o', join(work, 'original'), join(root, file), join(work, 'section.patch')], { cwd: root });
      originals.set(join(root, file), readFileSync(join(work, 'original'), 'utf8'));
    }
  }
  rmSync(work, { recursive: true, force: true });
  const served = new Set<string>();
  return {
    name: 'planrom-floor-tldraw-as-released',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      const original = originals.get(file);
      if (original === undefined) return null;
      served.add(file);
      return original;
    },
    // The floor is only a floor if it really ran tldraw as released: fail when the build took a
    // patched file from somewhere this plugin does not see (e.g. a path resolved another way).
    buildEnd(error) {
      const missed = [...originals.keys()].filter((file) => !served.has(file));
      if (!error && missed.length) throw new Error(`the floor build did not take these tldraw files as released: ${missed.join(', ')}`);
    },
  };
}

/**
 * Builds the open-time floor pages (web/bench-pages/open-floors: a bare <Tldraw>, a bare <ReactFlow>) with the
 * web app's own Vite configuration (same plugins, chunking and asset rules) and tldraw as released,
 * serves them on a free port, and serves the documents they load from `docs/<name>.json` (and a
 * diagram's live document, a Yjs update, from `docs/<name>.yjs`). A floor page asked for with
 * `&served-as=app` comes with `appHeaders` (the app's own for the same navigation, `appPageHeaders`), so
 * the floor pays for what they make the browser do (an opener policy puts the page in a new renderer
 * process) as the app does.
 */
export async function startFloorPages(options: { appHeaders?: AppPageHeaders } = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'planrom-open-floors-'));
  await build({
    configFile: webConfig,
    root: floorsRoot,
    base: './',
    logLevel: 'warn',
    plugins: [tldrawAsReleased()],
    build: {
      // BENCH_NO_MINIFY=1 keeps function names readable in profiles (build the app the same way).
      ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}),
      sourcemap: !!process.env.BENCH_SOURCEMAP,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { tldraw: join(floorsRoot, 'tldraw.html'), 'react-flow': join(floorsRoot, 'react-flow.html') } },
    },
  });
  const docs = new Map<string, string | Uint8Array>();
  const site = await serveFolder(outDir, docs, options.appHeaders);
  return {
    /** The page of a floor, for a document put here before. */
    pageUrl: (page: 'tldraw' | 'react-flow', doc: string, query = '') => `${site.url}${page}.html?doc=${encodeURIComponent(doc)}${query}`,
    put: (doc: string, json: string) => docs.set(`/docs/${doc}.json`, json),
    /** A diagram's live document (`Y.encodeStateAsUpdate`), for the floor that reads it as Planrom's editor does. */
    putYjs: (doc: string, update: Uint8Array) => docs.set(`/docs/${doc}.yjs`, update),
    outDir,
    close: () => {
      site.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

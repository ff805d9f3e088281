import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveFolder } from './serve-folder';

const floorsRoot = fileURLToPath(new URL('../open-floors/', import.meta.url));
const webConfig = fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url));

/**
 * Builds the open-time floor pages (bench/open-floors: a bare <Tldraw>, a bare <ReactFlow>) with the
 * web app's own Vite configuration (same plugins, chunking and asset rules), serves them on a free
 * port, and serves the documents they load from `docs/<name>.json`.
 */
export async function startFloorPages() {
  const outDir = mkdtempSync(join(tmpdir(), 'planrom-open-floors-'));
  await build({
    configFile: webConfig,
    root: floorsRoot,
    base: './',
    logLevel: 'warn',
    build: {
      // BENCH_NO_MINIFY=1 keeps function names readable in profiles (build the app the same way).
      ...(process.env.BENCH_NO_MINIFY ? { minify: false } : {}),
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { tldraw: join(floorsRoot, 'tldraw.html'), 'react-flow': join(floorsRoot, 'react-flow.html') } },
    },
  });
  const docs = new Map<string, string>();
  const site = await serveFolder(outDir, docs);
  return {
    /** The page of a floor, for a document put here before. */
    pageUrl: (page: 'tldraw' | 'react-flow', doc: string, query = '') => `${site.url}${page}.html?doc=${encodeURIComponent(doc)}${query}`,
    put: (doc: string, json: string) => docs.set(`/docs/${doc}.json`, json),
    close: () => {
      site.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

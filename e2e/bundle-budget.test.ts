import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchBrowser, startTestServer, type TestServer } from './support/index';
import { recordScripts, type LoadedScript } from './support/page-scripts';
import { ApiSession, adminEnv, loginAs } from './support/session';

/** The most JavaScript (gzip) a region page may load: the editors load only when a board opens. */
const regionPageBudget = 250 * 1024;

describe.skipIf(!chromiumPath)('JavaScript shipped per page', () => {
  let server: TestServer;
  let browser: Browser;
  let regionId: string;
  let canvasBoardId: string;
  let diagramBoardId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    browser = await launchBrowser();
    const api = await ApiSession.login(server);
    regionId = (await (await api.fetch(`${server.url}/api/regions`)).json()).regions[0].id;
    const created = await api.fetch(`${server.url}/api/regions/${regionId}/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Budsjett', kind: 'canvas' }),
    });
    canvasBoardId = (await created.json()).board.id;
    const diagram = await api.fetch(`${server.url}/api/regions/${regionId}/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Aktørkart', kind: 'diagram' }),
    });
    diagramBoardId = (await diagram.json()).board.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** Every script the page loads, with its gzip size and which editor libraries it carries. */
  async function scriptsLoadedBy(path: string, ready: string, alsoWaitFor: string[] = [], alsoLoaded?: RegExp): Promise<LoadedScript[]> {
    const page = await browser.newPage();
    await loginAs(page, server);
    const loadedScripts = recordScripts(page);
    // A script loaded in an effect after a low-priority render can come after a quiet gap longer
    // than networkidle's 500 ms on a busy machine: waited for by name.
    const extra = alsoLoaded ? page.waitForResponse((response) => alsoLoaded.test(new URL(response.url()).pathname)) : null;
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { level: 1, name: ready }).waitFor();
    // networkidle resolves at once if the page was idle before (a slow board fetch on a busy
    // machine); an editor is only loaded once its own element is there, and what an editor
    // loads once its tools are drawn only after those are (a slow socket leaves a quiet gap).
    for (const selector of alsoWaitFor) await page.locator(selector).first().waitFor();
    await extra;
    await page.waitForLoadState('networkidle');
    const loaded = await loadedScripts();
    await page.close();
    return loaded;
  }

  it('keeps region pages free of editor code and under 250 KB gzip', async () => {
    for (const path of ['/', `/samarbeid/${regionId}`, `/samarbeid/${regionId}/arkiv`]) {
      const scripts = await scriptsLoadedBy(path, path === '/' ? 'Samarbeid' : path.endsWith('arkiv') ? 'Arkiv' : 'Lister');
      const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
      console.log(`${path}: ${scripts.length} scripts, ${(total / 1024).toFixed(0)} KB gzip`);
      expect(
        scripts.flatMap((s) => s.libraries),
        path,
      ).toEqual([]);
      // React Router's package points at its development build (web/build/react-router-production.ts).
      expect(
        scripts.flatMap((s) => s.developmentBuilds),
        path,
      ).toEqual([]);
      expect(total, path).toBeLessThan(regionPageBudget);
    }
  });

  it('loads tldraw when a canvas board opens (so the editor markers do find it), and no other page’s code', async () => {
    const scripts = await scriptsLoadedBy(`/tavler/${canvasBoardId}`, 'Budsjett', ['.tl-container']);
    expect(scripts.flatMap((s) => s.libraries)).toContain('tldraw');
    // The pages other than a board's (and the ways in) are chunks of their own, named after them,
    // and what only they share is the `pages` chunk (web/build/board-page-modules.ts).
    const otherPages = scripts
      .map((s) => new URL(s.url).pathname)
      .filter((path) => /\/(regions?|region-\w+|account|barometer-\w+|not-found)-page-|\/pages-[\w-]+\.js$/.test(path));
    expect(otherPages).toEqual([]);
    console.log(`/tavler/…: ${scripts.length} scripts`);
  });

  it('opens a diagram board on the editor and its tools; its other views load after them, the CSV reader only with a file', async () => {
    const scripts = await scriptsLoadedBy(
      `/tavler/${diagramBoardId}`,
      'Aktørkart',
      ['.react-flow__renderer', '.diagram-toolbar'],
      /\/document-view-[\w-]+\.js$/,
    );
    // In the order they were loaded.
    const files = scripts.map((s) =>
      new URL(s.url).pathname
        .split('/')
        .pop()!
        .replace(/-[\w-]{8}\.js$/, ''),
    );
    const editorFiles = files.filter((file) => /^(diagram-workspace|board-tools|document-view|actor-csv|canvas-workspace)$/.test(file));
    expect(editorFiles.slice(0, 2).sort()).toEqual(['board-tools', 'diagram-workspace']);
    expect(editorFiles.slice(2)).toEqual(['document-view']);
  });

  it('loads a page’s own chunk when it is first visited, with what the region pages share', async () => {
    const scripts = await scriptsLoadedBy(`/samarbeid/${regionId}/arkiv`, 'Arkiv');
    const paths = scripts.map((s) => new URL(s.url).pathname);
    expect(paths.some((path) => /\/region-archive-page-[\w-]+\.js$/.test(path))).toBe(true);
    expect(paths.some((path) => /\/pages-[\w-]+\.js$/.test(path))).toBe(true);
  });
});

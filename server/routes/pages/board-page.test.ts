import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boardEditorsFile, type BoardEditorFiles } from '../../../shared/web/board-editor-files';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

// A built web app as the build writes it: index.html with its boot script, and the editors' files.
const indexHtml = `<!doctype html>
<html lang="nb">
  <head>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script data-early-start data-diagram-socket="/api/boards/BOARD/diagram/socket">(() => {})();</script>
    <title>Planrom</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;
const editors: BoardEditorFiles = {
  diagram: { scripts: ['/assets/diagram-workspace-1.js', '/assets/minutes-2.js'], styles: ['/assets/diagram-workspace-3.css'] },
  canvas: { scripts: ['/assets/canvas-workspace-4.js'], styles: ['/assets/canvas-workspace-5.css', '/assets/minutes-6.css'] },
};

describe('a board page as the server serves it', () => {
  let server: ServerUnderTest;
  let dist: string;
  let regionId: string;
  let diagramId: string;
  let canvasId: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'planrom-board-page-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), indexHtml);
    writeFileSync(join(dist, boardEditorsFile), JSON.stringify(editors));
    server = await startServerUnderTest({ demo: false, env: { WEB_DIST: dist } });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Vestsida' } })).body.region.id;
    diagramId = await createBoard(server, regionId, 'Planprosess', { kind: 'diagram' });
    canvasId = await createBoard(server, regionId, 'Formål', { kind: 'canvas' });
  });
  afterAll(async () => {
    await server.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  const preloads = (html: string) =>
    [...html.matchAll(/<link rel="(modulepreload|stylesheet)" crossorigin href="([^"]+)">/g)].map(([, rel, href]) => `${rel} ${href}`);
  const editorNamed = (html: string) => /<meta name="planrom-board-editor" content="(\w+)" \/>/.exec(html)?.[1] ?? null;
  const regionNamed = (html: string) => /<meta name="planrom-board-region" content="([\w-]+)" \/>/.exec(html)?.[1] ?? null;

  it('names the editor and its files for a member, before the boot script reads it', async () => {
    const page = await server.api(`/tavler/${diagramId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(editorNamed(page.body)).toBe('diagram');
    expect(regionNamed(page.body)).toBe(regionId);
    expect(page.body.indexOf('planrom-board-editor')).toBeLessThan(page.body.indexOf('<script data-early-start'));
    expect(page.body.indexOf('planrom-board-region')).toBeLessThan(page.body.indexOf('<script data-early-start'));
    expect(preloads(page.body)).toEqual([
      'modulepreload /assets/diagram-workspace-1.js',
      'modulepreload /assets/minutes-2.js',
      'stylesheet /assets/diagram-workspace-3.css',
    ]);
    // The boot script is served exactly as built, so its hash in the CSP still allows it.
    expect(page.body).toContain('<script data-early-start data-diagram-socket="/api/boards/BOARD/diagram/socket">(() => {})();</script>');
    expect(page.headers.get('cache-control')).toBe('private, no-cache');

    const canvas = await server.api(`/tavler/${canvasId}`);
    expect(editorNamed(canvas.body)).toBe('canvas');
    expect(preloads(canvas.body)).toEqual([
      'modulepreload /assets/canvas-workspace-4.js',
      'stylesheet /assets/canvas-workspace-5.css',
      'stylesheet /assets/minutes-6.css',
    ]);
  });

  it('names it for an observer and a share-link guest, who may open the board too; the region only for the member', async () => {
    const { client: observer } = await createMember(server, regionId, 'observator');
    const observed = (await observer.get(`/tavler/${diagramId}`)).body;
    expect([editorNamed(observed), regionNamed(observed)]).toEqual(['diagram', regionId]);
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, canvasId, 'view')).token);
    const guestPage = (await guest.get(`/tavler/${canvasId}`)).body;
    expect([editorNamed(guestPage), regionNamed(guestPage)]).toEqual(['canvas', null]);
    // The link is for one board only.
    expect(editorNamed((await guest.get(`/tavler/${diagramId}`)).body)).toBeNull();
  });

  it('serves the plain page, saying nothing of the board, to anyone who may not open its editor', async () => {
    const archived = await createBoard(server, regionId, 'Gammel', { kind: 'diagram', archived: true });
    const outsider = server.client();
    const otherRegion = (await server.api('/api/regions', { method: 'POST', json: { name: 'Austsida' } })).body.region.id;
    const { client: stranger } = await createMember(server, otherRegion, 'medlem');
    const cases = [
      await outsider.get(`/tavler/${diagramId}`),
      await stranger.get(`/tavler/${diagramId}`),
      await server.api(`/tavler/${archived}`),
      await server.api('/tavler/finnes-ikke'),
      await server.api(`/tavler/${'x'.repeat(5000)}`),
    ];
    for (const page of cases) {
      expect(page.status).toBe(200);
      expect(page.body).toBe(indexHtml);
    }
  });

  it('cuts a page opened from another site off from the page that opened it, and only such a page', async () => {
    const openedBy = async (path: string, site?: string) => {
      const page = await server.api(path, site ? { headers: { 'sec-fetch-site': site } } : {});
      expect(page.status).toBe(200);
      expect(page.headers.get('vary')).toMatch(/Sec-Fetch-Site/);
      return page.headers.get('cross-origin-opener-policy');
    };
    for (const path of [`/tavler/${diagramId}`, '/', '/samarbeid']) {
      // A link or window.open on another site, or a browser that does not say who opened it.
      expect(await openedBy(path, 'cross-site')).toBe('same-origin');
      expect(await openedBy(path, 'same-site')).toBe('same-origin');
      expect(await openedBy(path)).toBe('same-origin');
      // The address bar, a bookmark, another program; or Planrom's own page.
      expect(await openedBy(path, 'none')).toBeNull();
      expect(await openedBy(path, 'same-origin')).toBeNull();
    }
    // The board page still says it depends on who asks.
    expect((await server.api(`/tavler/${diagramId}`)).headers.get('vary')).toMatch(/Cookie/);
    // Not a page: no opener policy, whoever asks.
    const api = await server.api('/api/health', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(api.headers.get('cross-origin-opener-policy')).toBeNull();
  });
});

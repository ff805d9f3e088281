import { createHash } from 'node:crypto';
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
// The web build's picture module, as a stand-in that says what it was asked to draw (the real one
// is tested in web/src/features/diagram/preview/ and in a browser, e2e/diagram-preview.test.ts).
const pictureModule = `export function renderDiagramPreview({ boardId, content, language }) {
  if (content.nodes.length === 0) return null;
  const box = { x: 0, y: 0, width: 100, height: 50 };
  return {
    markup: '<span class="react-flow" data-board="' + boardId + '" data-nodes="' + content.nodes.length + '" data-language="' + language + '"></span>',
    view: { boardId, labelled: { ...box, note: 'a "quoted" <b> & more' } },
  };
}`;
// The placing script as the build writes it beside index.html.
const placeScript = '(()=>{document.getElementById("diagram-preview").hidden=false})();';
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
    writeFileSync(join(dist, 'render-preview.mjs'), pictureModule);
    writeFileSync(join(dist, 'diagram-preview-place.js'), placeScript);
    server = await startServerUnderTest({ demo: false, env: { WEB_DIST: dist, DIAGRAM_PREVIEW_MODULE: join(dist, 'render-preview.mjs') } });
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

  describe("a diagram's first picture", () => {
    const pictureIn = (html: string) =>
      /<div id="diagram-preview" class="([^"]+)" data-view="([^"]*)" hidden aria-hidden="true" inert><div class="diagram-canvas">(.*?)<\/div><\/div>/.exec(
        html,
      );
    let drawnId: string;

    beforeAll(async () => {
      drawnId = await createBoard(server, regionId, 'Tegnet', { kind: 'diagram' });
      const document = {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: ['Planavdelingen', 'Statsforvalteren'].map((name, index) => ({
          id: `a${index}`,
          type: 'aktor',
          position: { x: index * 300, y: 0 },
          data: { name, role: '', category: 'internt', interest: 3, influence: 3 },
        })),
        edges: [],
      };
      const imported = await server.admin.post(`/api/boards/${drawnId}/diagram/import`, { format: 'json', document });
      expect(imported.status).toBe(200);
    });

    /** The page once the picture thread has started: the first pages after it starts do not wait for it. */
    async function pageWithPicture(path: string, caller = server.admin) {
      for (let tries = 0; tries < 100; tries += 1) {
        const page = await caller.get(path);
        if (pictureIn(page.body)) return page.body as string;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no picture in ${path}`);
    }

    it("is in the page of a diagram with content, just before the app's root, in the board's language", async () => {
      // The first page after the start is served at once, without waiting for the picture's thread to start.
      const first = await server.admin.get(`/tavler/${drawnId}`);
      expect(pictureIn(first.body)).toBeNull();
      const page = await pageWithPicture(`/tavler/${drawnId}`);
      const [, classes, view, markup] = pictureIn(page)!;
      expect(classes).toBe('diagram-preview diagram-editor');
      expect(markup).toBe(`<span class="react-flow" data-board="${drawnId}" data-nodes="2" data-language="nb"></span>`);
      // The view script reads the attribute back as it was.
      expect(JSON.parse(view!.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&amp;', '&'))).toEqual({
        boardId: drawnId,
        labelled: { x: 0, y: 0, width: 100, height: 50, note: 'a "quoted" <b> & more' },
      });
      expect(page.indexOf('id="diagram-preview"')).toBeLessThan(page.indexOf('<div id="root">'));
      // Right after it, the script that places it, allowed by its hash; pages without a picture go without.
      expect(page).toContain(`</div></div>\n    <script data-diagram-preview>${placeScript}</script>\n    <div id="root">`);
      const hash = createHash('sha256').update(placeScript).digest('base64');
      expect((await server.admin.get(`/tavler/${drawnId}`)).headers.get('content-security-policy')).toContain(`'sha256-${hash}'`);
      expect((await server.admin.get(`/tavler/${canvasId}`)).body).not.toContain('data-diagram-preview');
      // Otherwise the page as before.
      expect(editorNamed(page)).toBe('diagram');
      const withoutPicture = (html: string) =>
        html.replace(/<div id="diagram-preview".*?<\/div><\/div>\n {4}<script data-diagram-preview>.*?<\/script>\n {4}/, '');
      expect(withoutPicture(page)).toBe(first.body);
    });

    it('covers the whole meeting-room screen, which has no bar', async () => {
      const page = await pageWithPicture(`/tavler/${drawnId}?visning=skjerm`);
      expect(pictureIn(page)![1]).toBe('diagram-preview diagram-preview--screen diagram-editor');
    });

    it('is drawn for anyone who may read the board, and shows nothing to anyone else', async () => {
      const { client: observer } = await createMember(server, regionId, 'observator');
      expect(pictureIn(await pageWithPicture(`/tavler/${drawnId}`, observer))).not.toBeNull();
      const guest = server.client();
      await openShareLink(guest, (await createShareLink(server, drawnId, 'view')).token);
      expect(pictureIn(await pageWithPicture(`/tavler/${drawnId}`, guest))).not.toBeNull();

      const otherRegion = (await server.api('/api/regions', { method: 'POST', json: { name: 'Nordsida' } })).body.region.id;
      const { client: stranger } = await createMember(server, otherRegion, 'medlem');
      for (const caller of [server.client(), stranger]) expect((await caller.get(`/tavler/${drawnId}`)).body).toBe(indexHtml);
    });

    it('is not drawn for an empty diagram, a canvas or an archived diagram', async () => {
      await pageWithPicture(`/tavler/${drawnId}`);
      for (const id of [diagramId, canvasId]) expect(pictureIn((await server.admin.get(`/tavler/${id}`)).body)).toBeNull();
      const archived = await createBoard(server, regionId, 'Arkivert', { kind: 'diagram' });
      await server.admin.post(`/api/boards/${archived}/diagram/import`, {
        format: 'json',
        document: {
          format: 'planrom-diagram',
          version: 1,
          diagramType: 'aktorkart',
          nodes: [{ id: 'a', type: 'aktor', position: { x: 0, y: 0 }, data: { name: 'A', role: '', category: 'internt', interest: 1, influence: 1 } }],
          edges: [],
        },
      });
      await server.admin.post(`/api/boards/${archived}/archive`);
      expect((await server.admin.get(`/tavler/${archived}`)).body).toBe(indexHtml);
    });
  });
});

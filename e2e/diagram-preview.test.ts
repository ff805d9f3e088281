import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

/**
 * A diagram board's first picture, drawn by the server into the page (shared/web/diagram-preview.ts):
 * the board shows before any of the app's scripts has run, at the view the editor opens on; it is
 * only a picture (no screen reader meets it, Tab never stops in it), and it gives way to the editor
 * without the board moving. The app's scripts are held back here until the picture has been looked
 * at, so nothing depends on how fast the machine is.
 */
describe.skipIf(!chromiumPath)("a diagram's first picture, drawn by the server", () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let boardId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: { ...adminEnv, DIAGRAM_PREVIEW_MAX_NODES: '1000' } });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    const regionId = await adminApi.demoRegionId();
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-felles-planprosess' });
    boardId = made.body.board.id;
    // The picture's thread starts with the first board page; pages wait for it only once it runs.
    for (let tries = 0; tries < 100; tries += 1) {
      const page = await (await adminApi.fetch(`${server.url}/tavler/${boardId}`)).text();
      if (page.includes('id="diagram-preview"')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  /** A board page whose app scripts wait until `release` is called. */
  async function openWithScriptsHeld(path: string): Promise<{ page: Page; release: () => void }> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await loginAs(page, server);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
    return { page, release };
  }

  /** Where each node is on screen, by its id: in the picture, or in the editor. */
  const nodesOnScreen = (page: Page, within: string) =>
    page.locator(`${within} .react-flow__node`).evaluateAll((nodes) =>
      Object.fromEntries(
        nodes.map((node) => {
          const box = node.getBoundingClientRect();
          return [(node as HTMLElement).dataset.id!, { x: box.x, y: box.y, width: box.width, height: box.height }];
        }),
      ),
    );

  /** Each link's path, by its id: in the picture, or in the editor. */
  const linksIn = (page: Page, within: string) =>
    page
      .locator(`${within} .react-flow__edge`)
      .evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [(link as SVGElement).dataset.id!, link.querySelector('.react-flow__edge-path')!.getAttribute('d')!])),
      );
  const numbersOf = (path: string) => [...path.matchAll(/-?\d+(\.\d+)?/g)].map(([number]) => Number(number));

  it('shows the board before the app runs, at the place the editor then draws it, and gives way to it', async () => {
    const { page, release } = await openWithScriptsHeld(`/tavler/${boardId}`);
    const picture = page.locator('#diagram-preview');
    await picture.waitFor({ state: 'visible' });
    // No app yet: only the page's own markup.
    expect(await page.locator('#root').innerHTML()).toBe('');

    const exported = (
      await adminApi.request<{ nodes: Array<{ id: string; variantId: string | null }>; variants: Array<{ id: string; isCommon: boolean }> }>(
        `/boards/${boardId}/diagram/export.json`,
      )
    ).body;
    const common = exported.variants.find((variant) => variant.isCommon)!.id;
    const shownIds = exported.nodes.filter((node) => (node.variantId ?? common) === common).map((node) => node.id);
    const drawn = await nodesOnScreen(page, '#diagram-preview');
    expect(Object.keys(drawn).sort()).toEqual([...shownIds].sort());
    // The whole process in view, under the workspace bar's place.
    for (const box of Object.values(drawn)) {
      expect(box.width).toBeGreaterThan(20);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(1440);
      expect(box.y).toBeGreaterThanOrEqual(48);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
    }
    const drawnLinks = await linksIn(page, '#diagram-preview');
    // Phases and lanes behind the steps, with their names.
    await expect.poll(() => picture.locator('.diagram-band__label').allTextContents()).toContain('Oppstart og varsling');

    // Only a picture: hidden from screen readers, and Tab never stops in it.
    expect(await picture.getAttribute('aria-hidden')).toBe('true');
    expect(await picture.evaluate((element) => (element as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('#diagram-preview'))).toBe(false);

    release();
    await page.locator('.diagram-canvas[aria-busy="false"]').waitFor();
    // Gone once the editor has drawn the board, which it can now be edited in.
    expect(await picture.count()).toBe(0);
    const editor = await nodesOnScreen(page, '.diagram-workspace');
    expect(Object.keys(editor).sort()).toEqual([...shownIds].sort());
    // The board did not move: each box is where the picture had it (boxes are measured in the page,
    // the picture took the stored sizes; a few pixels at most).
    for (const id of shownIds) {
      expect(Math.abs(editor[id]!.x - drawn[id]!.x)).toBeLessThan(8);
      expect(Math.abs(editor[id]!.y - drawn[id]!.y)).toBeLessThan(8);
    }
    // Every link ran where the editor draws it: between the handles as the page laid the boxes out.
    const editorLinks = await linksIn(page, '.diagram-workspace');
    expect(Object.keys(drawnLinks).sort()).toEqual(Object.keys(editorLinks).sort());
    for (const [id, path] of Object.entries(editorLinks)) {
      const [drawnNumbers, editorNumbers] = [numbersOf(drawnLinks[id]!), numbersOf(path)];
      expect(drawnNumbers.length).toBe(editorNumbers.length);
      drawnNumbers.forEach((number, index) => expect(Math.abs(number - editorNumbers[index]!)).toBeLessThan(1.5));
    }
    // The board can be worked on: a box chosen in the editor is selected there.
    await page.locator(`.diagram-workspace .react-flow__node[data-id="${shownIds[0]}"]`).click();
    await expect.poll(() => page.locator(`.diagram-workspace .react-flow__node[data-id="${shownIds[0]}"].selected`).count()).toBe(1);
    // No id in the page twice (React Flow's descriptions, markers and dots).
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('covers the whole meeting-room screen, which has no bar, and leaves it to the screen once drawn', async () => {
    const { page, release } = await openWithScriptsHeld(`/tavler/${boardId}?visning=skjerm`);
    const picture = page.locator('#diagram-preview');
    await picture.waitFor({ state: 'visible' });
    expect(await picture.evaluate((element) => element.getBoundingClientRect().top)).toBe(0);
    release();
    await picture.waitFor({ state: 'detached' });
    await page.locator('.react-flow__node').first().waitFor();
  });

  it('goes away when the board page shows something else', async () => {
    const { page, release } = await openWithScriptsHeld(`/tavler/${boardId}`);
    await page.locator('#diagram-preview').waitFor({ state: 'visible' });
    // The board is archived while the page loads: the app says so instead of drawing it.
    expect((await adminApi.request(`/boards/${boardId}/archive`, 'POST')).status).toBe(200);
    try {
      release();
      await page
        .getByText(/arkivert/i)
        .first()
        .waitFor();
      expect(await page.locator('#diagram-preview').count()).toBe(0);
    } finally {
      expect((await adminApi.request(`/boards/${boardId}/restore`, 'POST')).status).toBe(200);
    }
  });
});

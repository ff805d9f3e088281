import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProcess } from '../bench/support/generate-process';
import { diagramFormat, diagramFormatVersion } from '../shared/diagram/diagram-document';
import { adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';
import { noteGridFile } from './support/note-grid';

/**
 * Big boards arrive whole and stay usable: a 4,000-note canvas and a 1,000-node diagram, each open
 * in two browsers; every shape and node reaches the page, and one item selected and moved in one
 * browser moves in the other. Not a timing test: the deadlines are only there to end a hang.
 */
describe.skipIf(!chromiumPath)('big boards in the browser', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let regionId: string;
  const contexts: BrowserContext[] = [];

  async function openBoard(boardId: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await loginAs(page, server);
    await page.goto(`${server.url}/tavler/${boardId}`);
    return page;
  }

  const countOf = (page: Page, selector: string) => page.evaluate((selector) => document.querySelectorAll(selector).length, selector);

  /** Where an element's transform puts it: tldraw and React Flow both place items with one. */
  const placeOf = (item: Locator) =>
    item.evaluate((element) => {
      const matrix = new DOMMatrixReadOnly(getComputedStyle(element).transform);
      return { x: Math.round(matrix.m41), y: Math.round(matrix.m42) };
    });

  /** Presses on the middle of an item and drags it by (dx, dy) screen pixels, in steps as a hand does. */
  async function drag(page: Page, item: Locator, dx: number, dy: number) {
    const box = (await item.boundingBox())!;
    const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + dx / 2, from.y + dy / 2, { steps: 5 });
    await page.mouse.move(from.x + dx, from.y + dy, { steps: 5 });
    await page.mouse.up();
  }

  beforeAll(async () => {
    server = await startTestServer({ env: { ...adminEnv, DIAGRAM_PREVIEW_MAX_NODES: '1000' } });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it('opens a 4,000-note canvas whole in two browsers, on a readable part of it, and a note moved in one moves in the other', async () => {
    const notes = 4000;
    const response = await adminApi.fetch(`${server.url}/api/regions/${regionId}/canvas-import?name=innspill.tldr`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.tldraw+json' },
      body: noteGridFile(notes),
    });
    expect(response.status).toBe(201);
    const boardId = ((await response.json()) as { board: { id: string } }).board.id;
    const ada = await openBoard(boardId);
    await expect.poll(() => countOf(ada, '.tl-shape[data-shape-type="note"]'), { timeout: 180_000, interval: 500 }).toBe(notes);
    // Too big to read whole: it opens at its top-left corner, readable, and says how to see all of it
    // (in a notice that stays 15 s, or while pointed at: read here, before the second browser opens).
    await ada.getByText('Lerretet er stort, så det åpnes øverst til venstre.', { exact: false }).waitFor();
    await ada.getByRole('button', { name: 'Vis hele lerretet' }).waitFor();
    const other = await openBoard(boardId);
    await expect.poll(() => countOf(other, '.tl-shape[data-shape-type="note"]'), { timeout: 180_000, interval: 500 }).toBe(notes);
    const first = ada.locator('[data-shape-id="shape:note0"]');
    await first.waitFor({ state: 'visible' });
    expect((await first.boundingBox())!.width).toBeGreaterThan(100);

    const before = await placeOf(other.locator('[data-shape-id="shape:note0"]'));
    await drag(ada, first, 180, 120);
    await expect.poll(() => placeOf(other.locator('[data-shape-id="shape:note0"]')), { timeout: 20_000 }).not.toEqual(before);
    const after = await placeOf(other.locator('[data-shape-id="shape:note0"]'));
    // Moved right and down, by the drag at the view's zoom (0.6): about 300 and 200 board pixels.
    expect(after.x - before.x).toBeGreaterThan(150);
    expect(after.y - before.y).toBeGreaterThan(100);
    // Nothing else moved with it.
    expect(await placeOf(other.locator('[data-shape-id="shape:note1"]'))).toEqual(await placeOf(ada.locator('[data-shape-id="shape:note1"]')));
  }, 300_000);

  it('opens a 1,000-node diagram whole in two browsers, and a node selected and moved in one moves in the other', async () => {
    const size = 1000;
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Stor planprosess', kind: 'diagram' }))
      .body.board.id;
    const { nodes, edges } = generateProcess(size);
    const imported = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', {
      format: 'json',
      document: { format: diagramFormat, version: diagramFormatVersion, diagramType: 'planprosess', nodes, edges },
    });
    expect(imported.status).toBe(200);
    const ada = await openBoard(boardId);
    const other = await openBoard(boardId);

    for (const page of [ada, other]) {
      await expect.poll(() => countOf(page, '.react-flow__node'), { timeout: 120_000, interval: 500 }).toBe(size);
    }
    // The generated nodes lie scattered and overlap: take one that nothing covers at its middle.
    const id = await ada.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
        .find((element) => {
          const box = element.getBoundingClientRect();
          return document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('.react-flow__node') === element;
        })
        ?.getAttribute('data-id'),
    );
    expect(id).toBeTruthy();
    const node = ada.locator(`.react-flow__node[data-id="${id}"]`);
    const there = other.locator(`.react-flow__node[data-id="${id}"]`);
    await node.click();
    await expect.poll(() => node.getAttribute('class')).toMatch(/\bselected\b/);
    const before = await placeOf(there);
    await drag(ada, node, 120, 90);
    await expect.poll(() => placeOf(there), { timeout: 20_000 }).not.toEqual(before);
    const after = await placeOf(there);
    expect(after.x).toBeGreaterThan(before.x);
    expect(after.y).toBeGreaterThan(before.y);
  }, 300_000);

  it('opens a long plan process at its start, says how to see all of it, and opens again where the person was', async () => {
    // 150 steps in a row, as a laid-out process of that length is: about 36,000 px wide, a 3 % view when fitted.
    const steps = 150;
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Lang planprosess', kind: 'diagram' }))
      .body.board.id;
    const nodes = Array.from({ length: steps }, (_, index) => ({
      id: `s${index}`,
      type: 'prosessteg',
      position: { x: index * 240, y: 0 },
      variantId: null,
      data: { title: `Steg ${index + 1}`, phase: 'oppstart', lane: 'Planavdelingen', legalRef: '', deadline: '', description: '' },
    }));
    const edges = nodes
      .slice(1)
      .map((node, index) => ({ id: `e${index}`, type: 'sekvens', source: `s${index}`, target: node.id, variantId: null, data: { label: '' } }));
    const imported = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', {
      format: 'json',
      document: { format: diagramFormat, version: diagramFormatVersion, diagramType: 'planprosess', nodes, edges },
    });
    expect(imported.status).toBe(200);

    /** Whether a node lies inside the canvas on screen, and how wide it is drawn. */
    const shown = (page: Page, id: string) =>
      page.evaluate((id) => {
        const canvas = document.querySelector('.diagram-canvas')!.getBoundingClientRect();
        const box = document.querySelector(`.react-flow__node[data-id="${id}"]`)!.getBoundingClientRect();
        const inside = box.left >= canvas.left && box.right <= canvas.right && box.top >= canvas.top && box.bottom <= canvas.bottom;
        return { inside, width: Math.round(box.width) };
      }, id);
    const last = `s${steps - 1}`;

    const page = await openBoard(boardId);
    await page.getByText('Diagrammet er stort, så det åpnes ved starten.', { exact: false }).waitFor({ timeout: 60_000 });
    await expect.poll(() => countOf(page, '.react-flow__node')).toBe(steps);
    // The first steps can be read; the end lies far to the right.
    expect(await shown(page, 's0')).toMatchObject({ inside: true });
    expect((await shown(page, 's0')).width).toBeGreaterThanOrEqual(100);
    expect((await shown(page, last)).inside).toBe(false);
    // Back from the table, the diagram is opened again and says so again: one notice, not a second beside it.
    const views = page.getByRole('group', { name: 'Visning' });
    await views.getByRole('button', { name: 'Tabell', exact: true }).click();
    await views.getByRole('button', { name: 'Diagram', exact: true }).click();
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('.toasts').getByText('Diagrammet er stort', { exact: false }).count()).toBe(1);

    // Shift+1 shows all of it, as on a canvas board.
    await page.locator('.react-flow__pane').click({ position: { x: 600, y: 500 } });
    await page.keyboard.press('Shift+Digit1');
    await expect.poll(async () => (await shown(page, last)).inside, { timeout: 10_000 }).toBe(true);
    expect((await shown(page, 's0')).inside).toBe(true);
    // The notice said how to see all of it; now that all of it is shown, it is gone.
    await expect.poll(() => page.locator('.toasts').getByText('Diagrammet er stort', { exact: false }).count()).toBe(0);

    // Opened again in the same browser: where this person was (all of it), and told so.
    await page.waitForTimeout(500);
    const again = await page.context().newPage();
    await again.goto(`${server.url}/tavler/${boardId}`);
    await again.getByText('Diagrammet er stort, så det åpnes der du var sist.', { exact: false }).waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await shown(again, last)).inside).toBe(true);
    // The canvas's own "show all" button takes the notice away too.
    await again.locator('.react-flow__controls-fitview').click();
    await expect.poll(() => again.locator('.toasts').getByText('Diagrammet er stort', { exact: false }).count()).toBe(0);

    // Someone else, in another browser, starts at the start, and the notice's button shows all of it.
    const other = await openBoard(boardId);
    await other.getByText('Diagrammet er stort, så det åpnes ved starten.', { exact: false }).waitFor({ timeout: 60_000 });
    await expect.poll(async () => (await shown(other, 's0')).inside).toBe(true);
    expect((await shown(other, last)).inside).toBe(false);
    await other.locator('.toasts').getByRole('button', { name: 'Vis hele diagrammet' }).click();
    await expect.poll(async () => (await shown(other, last)).inside, { timeout: 10_000 }).toBe(true);
  }, 300_000);
});

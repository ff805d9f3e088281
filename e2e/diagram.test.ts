import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminEnv,
  allowClipboard,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  controlsOutOfPlace,
  countPixels,
  launchBrowser,
  leavingTheBoard,
  loginAs,
  openBoardMenu,
  startTestServer,
  textCutShort,
  type TestServer,
} from './support/index';

/** An actor for an imported actor map, on one row. */
const actor = (id: string, name: string, category: string, x: number) => ({ id, type: 'aktor', position: { x, y: 0 }, data: { name, category } });

/** An actor map in Planrom's diagram file format. */
const actorMap = (nodes: Array<ReturnType<typeof actor>>) => ({ format: 'planrom-diagram', version: 1, diagramType: 'aktorkart', nodes, edges: [] });

interface Exported {
  nodes: Array<{ id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }>;
  edges: Array<{ source: string; target: string; type: string }>;
}

describe.skipIf(!chromiumPath)('diagram boards, as planners use them', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let regionId: string;

  const createBoard = async (title: string) =>
    (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title, kind: 'diagram' })).body.board.id;
  const exported = async (boardId: string) => (await adminApi.request<Exported>(`/boards/${boardId}/diagram/export.json`)).body;
  const importDocument = async (boardId: string, document: unknown) => {
    const response = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', { format: 'json', document });
    expect(response.status).toBe(200);
  };

  async function openBoard(target: Page, boardId: string) {
    await target.goto(`${server.url}/tavler/${boardId}`);
    await target.getByRole('group', { name: 'Visning' }).waitFor();
    await target
      .locator('.react-flow__renderer')
      .or(target.getByRole('heading', { name: 'Aktører' }))
      .first()
      .waitFor();
    // Drawn from the stored content first: changes can be made once the live document is in.
    await target.locator('.diagram-canvas[aria-busy="true"]').waitFor({ state: 'detached' });
  }

  /** The React Flow node with this accessible name (nodes are labelled "Aktør: NVE, Statlig" etc.). */
  const flowNode = (target: Page, name: string | RegExp): Locator =>
    target.locator('.react-flow__node').filter({ has: target.getByText(name, { exact: true }) });

  /** Presses Tab until `locator` has focus: what a keyboard user does. */
  async function tabTo(locator: Locator, limit = 80) {
    for (let presses = 0; presses < limit; presses++) {
      if (await locator.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${locator} was not reached with Tab`);
  }

  const view = (name: string) => page.getByRole('group', { name: 'Visning' }).getByRole('button', { name, exact: true });

  /** Opens the board menu's «Eksporter». */
  async function exportMenu() {
    const menu = (await openBoardMenu(page)).locator('details', { has: page.locator('summary', { hasText: 'Eksporter' }) });
    if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  }

  /** Exports with the «Eksporter» item of this name; the file's name and content. */
  async function download(name: string) {
    await exportMenu();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    await loginAs(page, server);
  });

  afterEach(async () => {
    await context.close();
  });

  it('adds an actor in the table view and shows it in the diagram and in a second browser', async () => {
    const boardId = await createBoard('Aktørkart for Lister');
    const other = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const otherPage = await other.newPage();
    await loginAs(otherPage, server);
    await openBoard(otherPage, boardId);
    await openBoard(page, boardId);

    await view('Tabell').click();
    await page.getByRole('button', { name: 'Legg til aktør' }).click();
    const dialog = page.getByRole('dialog', { name: 'Legg til aktør' });
    await dialog.getByRole('textbox', { name: 'Navn' }).fill('Statsforvalteren i Agder');
    await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: 'Statlig' });
    await dialog.getByRole('combobox', { name: 'Påvirkning' }).selectOption('5');
    await dialog.getByRole('button', { name: 'Legg til' }).click();
    const row = page.getByRole('row', { name: /Statsforvalteren i Agder/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('Statlig');

    // Each sees that someone else is here (presence), in words.
    await otherPage.getByRole('region', { name: 'Hvem er her' }).getByText('Ada Administrator').waitFor();
    // The other person sees it in their diagram without reloading, and so does this one.
    await flowNode(otherPage, 'Statsforvalteren i Agder').waitFor();
    await view('Diagram').click();
    await flowNode(page, 'Statsforvalteren i Agder').waitFor();
    expect(await flowNode(page, 'Statsforvalteren i Agder').getAttribute('aria-label')).toBe('Aktør: Statsforvalteren i Agder, Statlig');

    // A change in the diagram's side panel shows in the other browser's table.
    await otherPage.getByRole('group', { name: 'Visning' }).getByRole('button', { name: 'Tabell', exact: true }).click();
    await flowNode(page, 'Statsforvalteren i Agder').click();
    await page.getByRole('textbox', { name: 'Rolle i planprosessen' }).fill('Kan fremme innsigelse');
    // The panel's scores read whole ("5 – svært høy"), not cut at the select's edge.
    for (const name of ['Interesse', 'Påvirkning']) {
      const room = await page.getByRole('combobox', { name, exact: true }).evaluate((select: HTMLSelectElement) => {
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(select.selectedOptions[0]!.text).width;
        // The select's arrow takes its right padding.
        return select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - text;
      });
      expect(room, name).toBeGreaterThanOrEqual(0);
    }
    await otherPage
      .getByRole('row', { name: /Statsforvalteren i Agder/ })
      .getByText('Kan fremme innsigelse')
      .waitFor();
    await other.close();
  });

  it('says so when text pasted into a box’s field was longer than the field takes', async () => {
    const boardId = await createBoard('Aktører med lange roller');
    await importDocument(boardId, actorMap([actor('a', 'NVE', 'statlig', 0)]));
    await allowClipboard(context, server);
    await openBoard(page, boardId);
    await flowNode(page, 'NVE').click();
    const role = page.getByRole('textbox', { name: 'Rolle i planprosessen' });
    const cut = page.getByText('Teksten du limte inn, var for lang. Bare de første 200 tegnene ble tatt med – sjekk slutten.');
    await page.evaluate((text) => navigator.clipboard.writeText(text), 'Fagmyndighet for flom og skred. '.repeat(10));
    await role.focus();
    await page.keyboard.press('Control+V');
    await cut.waitFor();
    expect((await role.inputValue()).length).toBe(200);
    // Typing again takes the message away; the cut text is what was kept for everyone.
    await page.keyboard.press('Backspace');
    await expect.poll(() => cut.count()).toBe(0);
    await expect.poll(async () => (await exported(boardId)).nodes[0]!.data.role).toBe('Fagmyndighet for flom og skred. '.repeat(10).slice(0, 199).trim());
  });

  it('holds back a person leaving with edits made while the server was away, and follows the link once they are sent', async () => {
    const boardId = await createBoard('Aktører uten nett');
    await openBoard(page, boardId);
    await view('Tabell').click();
    const addActor = async (name: string) => {
      await page.getByRole('button', { name: 'Legg til aktør' }).click();
      const dialog = page.getByRole('dialog', { name: 'Legg til aktør' });
      await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
      await dialog.getByRole('button', { name: 'Legg til' }).click();
      await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    };
    await addActor('Kartverket');
    const leaving = leavingTheBoard(page, boardId);

    await server.stop('SIGKILL');
    try {
      await page.getByText('Ingen forbindelse akkurat nå.', { exact: false }).waitFor({ timeout: 15_000 });
      await addActor('NVE');
      await leaving.isAskedAndStays();
      await leaving.isAskedAndWaits();
    } finally {
      await server.restart();
    }
    await page.waitForURL(/\/samarbeid\//, { timeout: 30_000 });
    await expect.poll(async () => (await exported(boardId)).nodes.map((node) => node.data.name).sort(), { timeout: 10_000 }).toEqual(['Kartverket', 'NVE']);
  });

  it('arranges the diagram automatically in the worker without freezing the page', async () => {
    const boardId = await createBoard('Aktører uten orden');
    // Side by side, out of category order. (Actors drawn on top of each other would be arranged as
    // soon as the board opens; that is covered by e2e/worksheets.test.ts.)
    await importDocument(
      boardId,
      actorMap([
        actor('a', 'NVE', 'statlig', 0),
        actor('b', 'Naboer', 'eksternt', 300),
        actor('c', 'Byggesak', 'internt', 600),
        actor('d', 'Kartverket', 'statlig', 900),
      ]),
    );
    await openBoard(page, boardId);
    await flowNode(page, 'NVE').waitFor();
    // In the toolbar's "Mer" menu (the row holds the views, adding, undo and redo).
    await page.getByRole('toolbar', { name: 'Verktøy for diagrammet' }).locator('summary', { hasText: 'Mer' }).click();
    await page.getByRole('button', { name: 'Ordne automatisk' }).click();
    await page.getByRole('status').filter({ hasText: 'Diagrammet er ordnet: 4 noder er flyttet.' }).waitFor();
    const { nodes } = await exported(boardId);
    const x = (id: string) => nodes.find((node) => node.id === id)!.position.x;
    // Grouped by category: internal, then state, then external; the two state actors share a column area.
    expect(x('c')).toBeLessThan(x('a'));
    expect(Math.max(x('a'), x('d'))).toBeLessThan(x('b'));
    // Nothing overlaps any more.
    const boxes = nodes.map((node) => node.position);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(Math.abs(a.x - b.x) >= 200 || Math.abs(a.y - b.y) >= 84).toBe(true);
    // Undo puts them back, in one step.
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(async () => (await exported(boardId)).nodes.find((node) => node.id === 'a')!.position.x).toBe(0);
  });

  it('shows the board at once from what the server has stored, and lets it be changed once the live connection is there', async () => {
    const boardId = await createBoard('Aktører før tilkoblingen');
    await importDocument(boardId, actorMap([actor('a', 'NVE', 'statlig', 0), actor('b', 'Kartverket', 'statlig', 400)]));
    // The board's live connection is refused until the test lets it through.
    let refused = true;
    await context.routeWebSocket(/\/diagram\/sync$/, (socket) => (refused ? socket.close({ code: 1011, reason: 'ikke ennå' }) : socket.connectToServer()));
    await page.goto(`${server.url}/tavler/${boardId}`);
    const canvas = page.getByRole('region', { name: 'Diagram', exact: true });
    await flowNode(page, 'NVE').waitFor();
    await flowNode(page, 'Kartverket').waitFor();
    expect(await canvas.getAttribute('aria-busy')).toBe('true');
    await page.getByText('Ingen forbindelse akkurat nå.', { exact: false }).waitFor();
    // What is shown is not the live board yet: nothing can change it, and the tools to add are not there.
    await page.getByRole('group', { name: 'Visning' }).waitFor();
    const adding = page.getByRole('group', { name: 'Legg til', exact: true });
    expect(await adding.count()).toBe(0);
    const dragBy = async (name: string, dx: number) => {
      const box = (await flowNode(page, name).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + dx / 2, box.y + box.height / 2, { steps: 5 });
      await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
    };
    const before = await flowNode(page, 'NVE').boundingBox();
    await dragBy('NVE', 150);
    expect((await flowNode(page, 'NVE').boundingBox())!.x).toBeCloseTo(before!.x, 0);

    refused = false;
    await page.locator('.diagram-canvas[aria-busy="false"]').waitFor({ timeout: 30_000 });
    await page.getByText('Ingen forbindelse akkurat nå.', { exact: false }).waitFor({ state: 'detached' });
    await adding.getByRole('button', { name: 'Ny aktør' }).waitFor();
    // The same nodes, now live: a drag moves the node and the server keeps it.
    await dragBy('NVE', 150);
    await expect.poll(async () => (await exported(boardId)).nodes.find((node) => node.id === 'a')!.position.x, { timeout: 10_000 }).toBeGreaterThan(50);
  });

  it('exports the diagram as a picture and as a PDF for the archive, each named after the board, and offers no blank SVG', async () => {
    const boardId = await createBoard('Aktørkart til saken');
    await importDocument(boardId, actorMap([actor('a', 'NVE', 'statlig', 0), actor('b', 'Kartverket', 'statlig', 400)]));
    await openBoard(page, boardId);
    await exportMenu();
    expect(await page.getByRole('button', { name: /SVG/ }).count()).toBe(0);
    await page.keyboard.press('Escape');

    const png = await download('Bilde (PNG)');
    expect(png.name).toBe('Aktørkart til saken.png');
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Wider than tall, as the two actors side by side (the PNG header holds width, then height).
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(png.bytes.readUInt32BE(20));
    // The picture is of the diagram, not of the editor: none of the blue dots to connect from that
    // sit on each box's sides on screen (the boxes and the links have no such blue).
    const dot = page.locator('.react-flow__handle.connectable').first();
    expect(await dot.isVisible()).toBe(true);
    const dotColour = await dot.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await countPixels(page, { type: 'png', bytes: png.bytes }, { colour: dotColour })).toBe(0);
    const pdf = await download('PDF for saksarkivet');
    expect(pdf.name).toBe('Aktørkart til saken.pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // Nor in the PDF's picture (a JPEG, stored in the PDF as it is).
    const jpeg = pdf.bytes.subarray(pdf.bytes.indexOf(Buffer.from([0xff, 0xd8, 0xff])), pdf.bytes.lastIndexOf(Buffer.from([0xff, 0xd9])) + 2);
    expect(await countPixels(page, { type: 'jpeg', bytes: jpeg }, { colour: dotColour })).toBe(0);
    await page.getByText('Eksporten er lagret i nedlastingene dine.').waitFor();
  });

  it('exports a link’s label placed beside the outermost boxes, and a loop back that turns beside them, whole, not cut off at the picture’s edge', async () => {
    // Two notes one above the other, and a link from the upper to the lower: it runs out past their
    // sides, and its label finds room only there, beside the boxes.
    const note = (id: string, text: string, y: number) => ({ id, type: 'fritekst', position: { x: 0, y }, size: { width: 200, height: 60 }, data: { text } });
    const boardId = await createBoard('Aktørkart med merkelapp ved kanten');
    await importDocument(boardId, {
      format: 'planrom-diagram',
      version: 1,
      diagramType: 'aktorkart',
      nodes: [note('a', 'Øverst', 0), note('b', 'Nederst', 64)],
      edges: [{ id: 'e', type: 'sekvens', source: 'a', target: 'b', data: { label: 'Fører til' } }],
    });
    await openBoard(page, boardId);
    const label = page.locator('.react-flow__edgelabel-renderer > *', { hasText: 'Fører til' });
    const outside = async () => {
      const labelBox = (await label.boundingBox())!;
      const noteBox = (await flowNode(page, 'Øverst').boundingBox())!;
      return Math.max(noteBox.x - labelBox.x, labelBox.x + labelBox.width - (noteBox.x + noteBox.width));
    };
    // Once placed (a moment after drawing): well beyond the boxes' sides.
    await expect.poll(outside, { timeout: 3000 }).toBeGreaterThan(60);

    const png = await download('Bilde (PNG)');
    expect(await countPixels(page, { type: 'png', bytes: png.bytes }, 'ink at the edges')).toBe(0);

    // A loop back («tilbakeløp») from the second step, below and right of the first, runs out 48 px
    // past its right side (its label sits between the steps), beyond the 40 px the picture keeps
    // around the boxes: it is in the picture whole too.
    const step = (id: string, title: string, x: number, y: number) => ({
      id,
      type: 'prosessteg',
      variantId: 'felles',
      position: { x, y },
      data: { title, phase: 'oppstart' },
    });
    const loopBoard = await createBoard('Planprosess med tilbakeløp');
    await importDocument(loopBoard, {
      format: 'planrom-diagram',
      version: 1,
      diagramType: 'planprosess',
      variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
      nodes: [step('a', 'Oppstart', 0, 0), step('b', 'Høring', 320, 240)],
      edges: [
        { id: 'fram', type: 'sekvens', source: 'a', target: 'b', variantId: 'felles' },
        { id: 'tilbake', type: 'tilbakelop', source: 'b', target: 'a', variantId: 'felles' },
      ],
    });
    await openBoard(page, loopBoard);
    await flowNode(page, 'Høring').waitFor();
    const loop = (await page.locator('[data-testid="rf__edge-tilbake"] .react-flow__edge-path').boundingBox())!;
    const last = (await flowNode(page, 'Høring').boundingBox())!;
    const zoom = await page.locator('.diagram-canvas .react-flow__viewport').evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);
    expect((loop.x + loop.width - (last.x + last.width)) / zoom).toBeGreaterThan(44);
    const loopPng = await download('Bilde (PNG)');
    expect(await countPixels(page, { type: 'png', bytes: loopPng.bytes }, 'ink at the edges')).toBe(0);
  });

  it('keeps versions: one saved by name is previewed whole, with its controls in Norwegian, and restored for everyone', async () => {
    const boardId = await createBoard('Aktørkart med historikk');
    await importDocument(boardId, actorMap([actor('a', 'NVE', 'statlig', 0), actor('b', 'Kartverket', 'statlig', 400)]));
    await openBoard(page, boardId);
    await view('Historikk').click();
    await page.getByRole('textbox', { name: 'Navn på versjonen' }).fill('Før arbeidsmøtet');
    await page.getByRole('button', { name: 'Lagre versjon nå' }).click();
    const saved = page.getByRole('listitem').filter({ hasText: 'Før arbeidsmøtet' });
    await saved.waitFor();
    // Said where it can be seen, not only to screen readers.
    await page.locator('.toasts').getByText('Versjonen er lagret.').waitFor();

    // The map changes afterwards (a file imported over it): one actor instead of two.
    await importDocument(boardId, actorMap([actor('c', 'Naboer', 'eksternt', 0)]));
    await view('Diagram').click();
    await flowNode(page, 'Naboer').waitFor();
    // And is edited here (moved), so there is something to undo.
    const naboer = (await flowNode(page, 'Naboer').boundingBox())!;
    await page.mouse.move(naboer.x + naboer.width / 2, naboer.y + naboer.height / 2);
    await page.mouse.down();
    await page.mouse.move(naboer.x + naboer.width / 2 + 80, naboer.y + naboer.height / 2, { steps: 5 });
    await page.mouse.up();
    // The toolbar's undo (the message after a restore offers an «Angre» of its own).
    const undo = page.locator('.diagram-toolbar').getByRole('button', { name: 'Angre', exact: true });
    expect(await undo.isDisabled()).toBe(false);
    await view('Historikk').click();

    await saved.getByRole('button', { name: /^Se på versjonen fra / }).click();
    const preview = page.locator('.diagram-history__preview');
    await preview.getByText('Versjonen har 2 bokser og 0 koblinger.').waitFor();
    for (const name of ['NVE', 'Kartverket']) await preview.locator('.react-flow__node', { hasText: name }).waitFor();
    expect(await preview.locator('.react-flow__node', { hasText: 'Naboer' }).count()).toBe(0);
    // Shown whole, at most at 120 % like the canvas: two actors would otherwise be blown up to fill the box.
    const zoom = async () => Number(/scale\(([\d.]+)\)/.exec((await preview.locator('.react-flow__viewport').getAttribute('style')) ?? '')?.[1]);
    await expect.poll(zoom).toBeGreaterThan(0.5);
    expect(await zoom()).toBeLessThanOrEqual(1.2);
    const controls = preview.getByLabel('Zoom og visning', { exact: true });
    await controls.getByRole('button', { name: 'Zoom inn' }).click();
    await controls.getByRole('button', { name: 'Zoom inn' }).click();
    await expect.poll(zoom).toBeGreaterThan(1.3);
    await controls.getByRole('button', { name: 'Vis hele diagrammet' }).click();
    await expect.poll(zoom).toBeLessThanOrEqual(1.2);
    // And as a list, for those who do not see the drawing.
    await preview.getByText('Innholdet som liste').click();
    await preview.getByRole('listitem').filter({ hasText: 'Kartverket' }).waitFor();

    await saved.getByRole('button', { name: /^Gjenopprett versjonen fra / }).click();
    await page
      .getByRole('dialog', { name: /^Gjenopprette versjonen fra / })
      .getByRole('button', { name: 'Ja, gjenopprett' })
      .click();
    await page.getByRole('listitem').filter({ hasText: 'Før gjenoppretting' }).first().waitFor();
    // A message one can see says so and where the state before went; the old version's preview is
    // closed, and the toolbar's «Angre» (which cannot undo a restore) is no longer offered.
    const toasts = page.locator('.toasts__list');
    const toast = toasts.getByText(/^Diagrammet er satt tilbake til versjonen fra .*\. Det som sto der før, ligger i historikken\./);
    await toast.waitFor();
    expect(await toast.isVisible()).toBe(true);
    expect(await page.locator('.diagram-history__preview').count()).toBe(0);
    expect(await saved.getByRole('button', { name: /^Se på versjonen fra / }).getAttribute('aria-expanded')).toBe('false');
    expect(await undo.isDisabled()).toBe(true);
    await view('Diagram').click();
    await flowNode(page, 'Kartverket').waitFor();
    await flowNode(page, 'Naboer').waitFor({ state: 'detached' });
    const restored = await exported(boardId);
    expect(restored.nodes.map((node) => node.data.name).sort()).toEqual(['Kartverket', 'NVE']);

    // The message's own «Angre» undoes the restore for everyone: the map is as it was just before.
    await toasts.getByRole('button', { name: 'Angre', exact: true }).click();
    await toasts.getByText('Gjenopprettingen er angret.').waitFor();
    await flowNode(page, 'Naboer').waitFor();
    await flowNode(page, 'Kartverket').waitFor({ state: 'detached' });
    expect((await exported(boardId)).nodes.map((node) => node.data.name)).toEqual(['Naboer']);
  });

  it('imports actors from a CSV file: a bad file is refused with a message per row, a good one adds them', async () => {
    const boardId = await createBoard('Aktører fra regneark');
    await openBoard(page, boardId);
    const chooseFile = async (text: string) => {
      await openBoardMenu(page);
      await page.locator('input.diagram-import-input').setInputFiles({ name: 'aktorer.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    };
    // Read in the browser before anything is sent (the CSV reader loads with the first file).
    await chooseFile('navn;kategori;interesse\nNVE;statlig;3\n;regionalt;2\nMedia;pressen;9\n');
    const refused = page.getByRole('dialog', { name: '«aktorer.csv» kan ikke importeres' });
    await refused.getByText('Linje 3: «navn» må fylles ut.').waitFor();
    await refused.getByText('Linje 4: «pressen» er ikke en kategori. Bruk internt, regionalt, statlig eller eksternt.').waitFor();
    await refused.getByRole('button', { name: 'Lukk', exact: true }).click();
    expect((await exported(boardId)).nodes).toEqual([]);

    await chooseFile('navn;kategori;interesse\nNVE;statlig;3\nNaboer;eksternt;4\n');
    const confirm = page.getByRole('dialog', { name: 'Importere «aktorer.csv»?' });
    await confirm.getByText('Filen har 2 aktører.', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Importer' }).click();
    await flowNode(page, 'NVE').waitFor();
    await flowNode(page, 'Naboer').waitFor();
    expect((await exported(boardId)).nodes.map((node) => node.data.name).sort()).toEqual(['NVE', 'Naboer']);
  });

  it('creates a process step and connects it with the keyboard alone', async () => {
    const boardId = await createBoard('Felles planprosess');
    await importDocument(boardId, {
      format: 'planrom-diagram',
      version: 1,
      diagramType: 'planprosess',
      variants: [{ id: 'felles-praksis', name: 'Felles praksis', isCommon: true }],
      nodes: [
        {
          id: 'start',
          type: 'prosessteg',
          variantId: 'felles-praksis',
          position: { x: 0, y: 0 },
          data: { title: 'Planinitiativ', phase: 'forarbeid', lane: 'Forslagsstiller' },
        },
      ],
      edges: [],
    });
    await openBoard(page, boardId);
    await flowNode(page, 'Planinitiativ').waitFor();

    // New step from the toolbar; focus lands in its title field.
    await tabTo(page.getByRole('button', { name: 'Nytt prosessteg' }));
    await page.keyboard.press('Enter');
    const title = page.getByRole('textbox', { name: 'Tittel' });
    await expect.poll(() => title.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Oppstartsmøte');
    // Phase: a native select, changed with the arrow keys.
    const phase = page.getByRole('combobox', { name: 'Fase' });
    await tabTo(phase);
    await page.keyboard.press('ArrowDown');
    await tabTo(page.getByRole('combobox', { name: 'Ansvarlig' }));
    await page.keyboard.type('Planadministrasjonen');

    // Connect it to the existing step: choose it in "Koble til" and add the connection.
    const connectTo = page.getByRole('combobox', { name: 'Koble til' });
    await tabTo(connectTo);
    await page.keyboard.press('ArrowDown');
    await tabTo(page.getByRole('combobox', { name: 'Type kobling' }));
    await page.keyboard.press('ArrowDown');
    await tabTo(page.getByRole('button', { name: 'Legg til kobling' }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '«Oppstartsmøte» er koblet til «Planinitiativ».' }).waitFor();

    const { nodes, edges } = await exported(boardId);
    const created = nodes.find((node) => node.data.title === 'Oppstartsmøte')!;
    expect(created.data).toMatchObject({ phase: 'oppstart', lane: 'Planadministrasjonen' });
    expect(edges).toEqual([expect.objectContaining({ source: created.id, target: 'start', type: 'alternativ' })]);
    // The connection is also in words in the panel.
    await page.getByText('alternativ vei → Planinitiativ').waitFor();

    // Several selected by keyboard: Enter on one node, Ctrl+Enter on another.
    await page.keyboard.press('Escape');
    await tabTo(flowNode(page, 'Planinitiativ'));
    await page.keyboard.press('Enter');
    await tabTo(flowNode(page, 'Oppstartsmøte'));
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: '2 elementer valgt' }).waitFor();

    // Delete and undo by keyboard too: Escape, Tab to the node, Enter to select, Delete, Ctrl+Z.
    await page.keyboard.press('Escape');
    await tabTo(flowNode(page, 'Oppstartsmøte'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(1);
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(2);
  });

  /** What the diagram's live regions say now (Planrom's and React Flow's): what a screen reader was last given to read. */
  const liveRegions = () =>
    page.evaluate(() => [...document.querySelectorAll('.diagram-editor [aria-live]')].map((region) => region.textContent?.trim() ?? ''));

  /** Whether the keyboard is on the node with this name. */
  const focusedOn = (name: string) => flowNode(page, name).evaluate((node) => node === document.activeElement);

  it('tells a screen reader what the Delete key removed, and says «Angret.» again at a second undo', async () => {
    const boardId = await createBoard('Aktører slettet med tastaturet');
    await importDocument(boardId, actorMap([actor('nve', 'NVE', 'statlig', 0), actor('naboer', 'Naboer', 'eksternt', 400)]));
    await openBoard(page, boardId);
    await flowNode(page, 'NVE').waitFor();

    // As the tester did: focus a node, Enter, Delete.
    await tabTo(flowNode(page, 'NVE'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(1);
    await expect.poll(liveRegions, { timeout: 5000 }).toContain('«NVE» er slettet. Du kan angre.');
    // The keyboard stays in the diagram.
    expect(await page.getByRole('region', { name: 'Diagram' }).evaluate((region) => region.contains(document.activeElement))).toBe(true);

    // Another deletion, later than the 500 ms in which the undo history joins changes into one step.
    await page.waitForTimeout(600);
    await tabTo(flowNode(page, 'Naboer'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await expect.poll(liveRegions, { timeout: 5000 }).toContain('«Naboer» er slettet. Du kan angre.');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(0);

    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(1);
    await expect.poll(liveRegions, { timeout: 5000 }).toContain('Angret.');
    // The second undo says the same: it is read only if a region's text changes to it, so the region
    // that says «Angret.» afterwards must not have said it already.
    const before = await liveRegions();
    await page.keyboard.press('Control+Z');
    await expect.poll(async () => (await exported(boardId)).nodes.length).toBe(2);
    const saidAnew = async () => (await liveRegions()).some((text, index) => text === 'Angret.' && before[index] !== 'Angret.');
    await expect.poll(saidAnew, { timeout: 5000, message: `a region newly saying «Angret.»; before: ${JSON.stringify(before)}` }).toBe(true);
  });

  it('keeps a group’s actors when the group is deleted with the Delete key, as from the toolbar', async () => {
    const boardId = await createBoard('Gruppe slettet med tastaturet');
    const group = { id: 'gruppe', type: 'gruppe', position: { x: 0, y: 0 }, size: { width: 600, height: 300 }, data: { label: 'Fylket' } };
    const inGroup = (id: string, name: string, x: number) => ({ ...actor(id, name, 'regionalt', x), parentId: 'gruppe', position: { x, y: 80 } });
    await importDocument(boardId, { ...actorMap([]), nodes: [group, inGroup('fk', 'Fylkeskommunen', 40), inGroup('sf', 'Statsforvalteren', 320)] });
    await openBoard(page, boardId);
    await flowNode(page, 'Fylkeskommunen').waitFor();

    await tabTo(flowNode(page, 'Fylket'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await exported(boardId)).nodes.map((node) => node.id).sort()).toEqual(['fk', 'sf']);
    await expect.poll(liveRegions, { timeout: 5000 }).toContain('«Fylket» er slettet. Du kan angre.');
    // Where they were on the board: the group's place added to theirs.
    const places = Object.fromEntries((await exported(boardId)).nodes.map((node) => [node.id, node.position]));
    expect(places).toEqual({ fk: { x: 40, y: 80 }, sf: { x: 320, y: 80 } });
  });

  it('says where a node moved with an arrow key is now, the place that is stored', async () => {
    const boardId = await createBoard('Aktør flyttet med tastaturet');
    await importDocument(boardId, actorMap([actor('nve', 'NVE', 'statlig', 815)]));
    await openBoard(page, boardId);
    const stored = async () => (await exported(boardId)).nodes[0]!.position;
    const placeSaid = async () => (await liveRegions()).find((text) => text.includes('Ny plassering')) ?? '';
    const start = await stored();

    await tabTo(flowNode(page, 'NVE'));
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await expect.poll(stored).toEqual({ x: start.x, y: start.y + 5 });
    let now = await stored();
    await expect.poll(placeSaid, { timeout: 5000 }).toBe(`Noden er flyttet ned. Ny plassering: x ${now.x}, y ${now.y}.`);

    // Shift moves four steps; still told where it is now.
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(stored).toEqual({ x: start.x + 20, y: start.y + 5 });
    now = await stored();
    await expect.poll(placeSaid, { timeout: 5000 }).toBe(`Noden er flyttet til høyre. Ny plassering: x ${now.x}, y ${now.y}.`);
  });

  it('goes from a node to its fields in the side panel with P, and back to the node with Escape', async () => {
    const boardId = await createBoard('Aktører og panelet');
    await importDocument(boardId, actorMap([actor('nve', 'NVE', 'statlig', 0), actor('naboer', 'Naboer', 'eksternt', 400)]));
    await openBoard(page, boardId);
    const name = page.getByRole('complementary').getByRole('textbox', { name: 'Navn' });

    // The long way the tester took: Enter on the node, Tab on to its panel; there Escape goes back.
    await tabTo(flowNode(page, 'NVE'));
    await page.keyboard.press('Enter');
    await tabTo(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedOn('NVE')).toBe(true);
    // The node stays selected, its panel open.
    expect(await name.inputValue()).toBe('NVE');

    // The short way: P on the node goes to its first field, Escape back.
    await page.keyboard.press('p');
    await expect.poll(() => name.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('NVE');
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedOn('NVE')).toBe(true);

    // P on a node that is not selected selects it and goes to its fields.
    await tabTo(flowNode(page, 'Naboer'));
    await page.keyboard.press('p');
    await expect.poll(() => name.evaluate((field) => field === document.activeElement)).toBe(true);
    expect(await name.inputValue()).toBe('Naboer');
    // Escape from a closed select in the panel goes back too.
    await tabTo(page.getByRole('complementary').getByRole('combobox', { name: 'Kategori' }));
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedOn('Naboer')).toBe(true);

    // The keyboard help lists the key.
    await page.locator('summary', { hasText: 'Mer' }).click();
    await page.getByRole('button', { name: 'Hurtigtaster' }).click();
    const help = page.getByRole('complementary', { name: 'Tastatur' });
    await help.getByText('Gå fra noden du står på til feltene dens i panelet. Escape i panelet går tilbake til noden.').waitFor();
    expect(await help.getByRole('term').allTextContents()).toContain('P');
  });

  it('changes interest and influence by dragging in the grid, and with the arrow keys', async () => {
    const boardId = await createBoard('Interessentkart');
    await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', { format: 'csv', text: 'navn;kategori;interesse;påvirkning\nNaboer;eksternt;5;2\n' });
    await openBoard(page, boardId);
    await view('Interessentkart').click();
    const chip = page.getByRole('button', { name: /^Naboer:/ });
    expect(await chip.getAttribute('aria-label')).toBe('Naboer: interesse 5, påvirkning 2: Hold informert');
    await chip.dragTo(page.locator('td[data-interest="4"][data-influence="5"]'));
    await expect.poll(async () => (await exported(boardId)).nodes[0]!.data).toMatchObject({ interest: 4, influence: 5 });
    await page.getByRole('button', { name: 'Naboer: interesse 4, påvirkning 5: Involver tett' }).waitFor();
    await page.getByRole('button', { name: /^Naboer:/ }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('status').filter({ hasText: 'Naboer har nå interesse 3, påvirkning 4: Hold fornøyd.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naboer');
    await expect.poll(async () => (await exported(boardId)).nodes[0]!.data).toMatchObject({ interest: 3, influence: 4 });
    // Two keys pressed quickly (or on a busy machine): the second reaches the page after the first
    // move is drawn but before the next frame. It moves the actor on; none is lost.
    await page.evaluate(async () => {
      const press = (key: string) => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      press('ArrowRight');
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      press('ArrowUp');
    });
    await expect.poll(async () => (await exported(boardId)).nodes[0]!.data).toMatchObject({ interest: 4, influence: 5 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naboer');
  });

  it('is clean under axe in every view, and its table scrolls with the keyboard on a narrow screen', async () => {
    const actorBoard = await createBoard('Aktørkart til kontroll');
    await adminApi.request(`/boards/${actorBoard}/diagram/import`, 'POST', {
      format: 'csv',
      text: 'navn;kategori;interesse;påvirkning\nStatsforvalteren;statlig;4;5\nNaboer;eksternt;5;2\nByggesak;internt;2;2\n',
    });
    await openBoard(page, actorBoard);
    await flowNode(page, 'Naboer').waitFor();
    await flowNode(page, 'Naboer').click();
    expect(await checkAccessibility(page)).toEqual([]);
    for (const name of ['Tabell', 'Interessentkart', 'Historikk']) {
      await view(name).click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      expect(await checkAccessibility(page), name).toEqual([]);
    }
    // On a phone-wide screen the table scrolls sideways in a named region of its own, which Tab
    // reaches and the arrow keys scroll (axe: scrollable-region-focusable).
    await view('Tabell').click();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.getByRole('heading', { level: 2, name: 'Aktører' }).waitFor();
    // Everything on the page reads at this width too: the meeting bar's buttons wrap onto lines of
    // their own, on the screen and clear of each other (run into each other, «Start» sat on the blue
    // of «Presenter for alle» and could not be read). So do the board's bar and the diagram's
    // toolbar (they ran off the right edge: «Presenter» was cut, «Interessentkart» and «Historikk»
    // were beyond it), with the board's title in sight; «Presenter» is in the board's menu here.
    expect(await checkAccessibility(page), 'Tabell at 320 px').toEqual([]);
    // The toolbar is folded behind «Verktøy» here (below); opened, it too wraps on the screen.
    await page.getByRole('button', { name: 'Verktøy', expanded: false }).click();
    expect(await controlsOutOfPlace(page, '.meeting-tools__bar button, .board-bar :is(a, button), .diagram-toolbar :is(button, summary)')).toEqual([]);
    for (const name of ['Diagram', 'Tabell', 'Interessentkart', 'Historikk']) await view(name).waitFor();
    const title = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(title.width).toBeGreaterThan(60);
    await (await openBoardMenu(page)).getByRole('button', { name: 'Presenter', exact: true }).click();
    await page.getByRole('dialog', { name: 'Presenter tavla' }).waitFor();
    await page.keyboard.press('Escape');
    const tableRegion = page.getByRole('region', { name: 'Tabell: Aktører', exact: true });
    await tableRegion.waitFor();
    const scrolled = () => tableRegion.evaluate((element) => ({ left: element.scrollLeft, room: element.scrollWidth - element.clientWidth }));
    expect((await scrolled()).room).toBeGreaterThan(0);
    await tabTo(tableRegion);
    for (let presses = 0; presses < 5; presses++) await page.keyboard.press('ArrowRight');
    // (Scrolled smoothly: it gets there over a few frames.)
    await expect.poll(async () => (await scrolled()).left).toBeGreaterThan(0);
    await page.setViewportSize({ width: 1400, height: 1000 });

    const processBoard = await createBoard('Prosess til kontroll');
    await importDocument(processBoard, {
      format: 'planrom-diagram',
      version: 1,
      diagramType: 'planprosess',
      variants: [
        { id: 'felles', name: 'Felles praksis', isCommon: true },
        { id: 'farsund', name: 'Farsund' },
      ],
      nodes: [
        { id: 'f1', type: 'prosessteg', variantId: 'felles', position: { x: 0, y: 0 }, data: { title: 'Oppstartsmøte', phase: 'oppstart', key: 'k1' } },
        {
          id: 'v1',
          type: 'prosessteg',
          variantId: 'farsund',
          position: { x: 0, y: 0 },
          data: { title: 'Oppstartsmøte', phase: 'oppstart', key: 'k1', deadline: '2 uker' },
        },
        { id: 'v2', type: 'avklaringspunkt', variantId: 'farsund', position: { x: 300, y: 0 }, data: { question: 'Krav om KU?', phase: 'oppstart' } },
      ],
      edges: [{ id: 'e', type: 'sekvens', source: 'v1', target: 'v2', variantId: 'farsund' }],
    });
    await openBoard(page, processBoard);
    await flowNode(page, 'Oppstartsmøte').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    // On a phone-wide screen the toolbar and the variant bar fold behind «Verktøy», and the meeting
    // bar opens folded to its timer: the diagram shows (the bars took the whole of the screen).
    await page.setViewportSize({ width: 320, height: 640 });
    await page.reload();
    await flowNode(page, 'Oppstartsmøte').waitFor();
    const tools = page.getByRole('button', { name: 'Verktøy' });
    expect(await tools.getAttribute('aria-expanded')).toBe('false');
    await page.getByRole('button', { name: 'Vis hele møtelinja' }).waitFor();
    expect(await page.getByRole('button', { name: 'Presenter for alle' }).isVisible()).toBe(false);
    const barsCover = () =>
      page.evaluate(() => {
        const covered = ['.board-bar', '.diagram-floating-top', '.meeting-tools__bar'].map((selector) =>
          document.querySelector(selector)!.getBoundingClientRect(),
        );
        return covered.reduce((sum, box) => sum + box.width * box.height, 0) / (window.innerWidth * window.innerHeight);
      });
    expect(await barsCover()).toBeLessThan(0.35);
    // The step itself, not a bar over it, is what is at its middle.
    const seen = (name: string) =>
      page.evaluate((name) => {
        const node = [...document.querySelectorAll('.react-flow__node')].find((element) => element.textContent?.includes(name));
        const box = node?.getBoundingClientRect();
        const hit = box && document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return !!hit && node!.contains(hit);
      }, name);
    await expect.poll(() => seen('Oppstartsmøte')).toBe(true);
    expect(await checkAccessibility(page), 'the plan process at 320 px, folded').toEqual([]);
    // Opened, the variant bar (which municipality's practice is shown, and what can be done with it)
    // wraps with everything else: on the screen, whole and clear of the rest.
    await tools.click();
    expect(await tools.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('button', { name: 'Vis hele møtelinja' }).click();
    await page.getByRole('button', { name: 'Presenter for alle' }).waitFor();
    await page.getByRole('combobox', { name: 'Variant av prosessen' }).waitFor();
    const variantControls = '.diagram-variants :is(select, button, label)';
    expect(await page.locator(variantControls).count()).toBeGreaterThan(2);
    expect(
      await controlsOutOfPlace(page, `${variantControls}, .meeting-tools__bar button, .board-bar :is(a, button), .diagram-toolbar :is(button, summary)`),
    ).toEqual([]);
    expect(await textCutShort(page, '.diagram-variants :is(label, button)')).toEqual([]);
    expect(await checkAccessibility(page), 'the plan process at 320 px').toEqual([]);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await view('Sammenlign varianter').click();
    await page.getByRole('row', { name: /Ulik/ }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    // Adopting the extra step from Farsund into the common practice.
    await page.getByRole('button', { name: 'Ta inn i felles praksis: «Krav om KU?»' }).click();
    await page.getByRole('status').filter({ hasText: '1 like, 1 ulike, 0 mangler, 0 i tillegg.' }).waitFor();

    // The comparison's table, too, scrolls sideways on its own with the keyboard on a phone-wide screen.
    await page.setViewportSize({ width: 320, height: 640 });
    const compareRegion = page.getByRole('region', { name: 'Felles praksis sammenlignet med Farsund, steg for steg', exact: true });
    await compareRegion.waitFor();
    const compareScrolled = () => compareRegion.evaluate((element) => ({ left: element.scrollLeft, room: element.scrollWidth - element.clientWidth }));
    expect((await compareScrolled()).room).toBeGreaterThan(0);
    await tabTo(compareRegion);
    for (let presses = 0; presses < 5; presses++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await compareScrolled()).left).toBeGreaterThan(0);
  });
});

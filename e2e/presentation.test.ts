import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  startTestServer,
  type TestServer,
  boardAction,
  openBoardMenu,
  threeFramesTldr,
  shapeTakesKeys,
} from './support/index';

const member = { email: 'kari@kvinesdal.kommune.test', password: 'kari-sitt-passord', name: 'Kari Kvinesdal' };

/** A PDF's page count and the text of its (deflated) content streams and its plain parts. */
function readPdf(bytes: Buffer): { pages: number; text: string } {
  const raw = bytes.toString('latin1');
  const parts = [raw];
  for (let at = raw.indexOf('stream'); at !== -1; at = raw.indexOf('stream', at + 6)) {
    if (raw.slice(at - 3, at) === 'end') continue;
    const start = at + (raw[at + 6] === '\r' ? 8 : 7);
    const end = raw.indexOf('endstream', start);
    try {
      parts.push(inflateSync(bytes.subarray(start, end)).toString('latin1'));
    } catch {
      // Not deflated (or an image): its plain part is already in `raw`.
    }
  }
  return { pages: raw.match(/\/Type \/Page\b/g)?.length ?? 0, text: parts.join('\n') };
}

describe.skipIf(!chromiumPath)('presenting boards', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let regionId: string;
  const contexts: BrowserContext[] = [];

  async function newPage(who: typeof admin | typeof member = admin): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await loginAs(page, server, who);
    return page;
  }

  async function openCanvas(boardId: string, who: typeof admin | typeof member = admin): Promise<Page> {
    const page = await newPage(who);
    await page.goto(`${server.url}/tavler/${boardId}`);
    await page.getByTestId('canvas-connection').filter({ hasText: 'Tilkoblet' }).waitFor({ timeout: 30_000 });
    await page.locator('.tl-canvas').first().waitFor();
    return page;
  }

  /** Whether a note with this text is drawn inside the visible window (not culled, not off screen). */
  const noteInView = (page: Page, text: string) =>
    page.evaluate((wanted) => {
      const shape = [...document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')].find((element) => element.textContent?.includes(wanted));
      if (!shape || getComputedStyle(shape).display === 'none') return false;
      const box = shape.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      return box.width > 0 && x > 0 && y > 0 && x < window.innerWidth && y < window.innerHeight;
    }, text);

  const slideTitles = (page: Page) =>
    page.getByRole('list', { name: 'Lysbildene i rekkefølge' }).getByRole('listitem').locator('.slide-order__title').allTextContents();

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    const invitation = (await adminApi.request<{ invitation: { path: string } }>(`/regions/${regionId}/invitations`, 'POST', { role: 'medlem' })).body;
    const token = invitation.invitation.path.split('/').pop();
    const registered = await new ApiSession(server).request(`/invitations/by-token/${token}/register`, 'POST', {
      email: member.email,
      displayName: member.name,
      password: member.password,
    });
    expect(registered.status).toBe(201);
  });

  afterEach((context) => {
    if (context.task.result?.state === 'fail') console.log(`server output:\n${server.output().slice(-4000)}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ])('keeps the start-presenting dialog’s introduction and list inside the dialog, and the dialog inside the window, at %o', async (viewport) => {
    // A worksheet with many frames: a long list of slides under the introduction.
    const board = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'vart-formal' })).body.board;
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    await loginAs(page, server, admin);
    await page.goto(`${server.url}/tavler/${board.id}`);
    await page.getByTestId('canvas-connection').filter({ hasText: 'Tilkoblet' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).waitFor();
    const seen = await dialog.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const outside: string[] = [];
      // Every piece of text and every button: within the dialog's sides, and its text within its own box.
      for (const part of element.querySelectorAll<HTMLElement>('h2, p, li, button')) {
        const own = part.getBoundingClientRect();
        if (own.width === 0) continue;
        const name = (part.textContent ?? '').trim().slice(0, 30);
        if (own.left < box.left - 0.5 || own.right > box.right + 0.5) outside.push(`${name} (sides)`);
        if (part.scrollWidth > part.clientWidth + 1 && getComputedStyle(part).overflowX === 'visible') outside.push(`${name} (spills)`);
      }
      // What reaches below the dialog's bottom is reached by scrolling the dialog, not drawn outside it.
      const clipped = ['auto', 'scroll', 'hidden'].includes(getComputedStyle(element).overflowY);
      if (element.scrollHeight > element.clientHeight + 1 && !clipped) outside.push('below the dialog');
      return { outside, box: box.toJSON() as DOMRect, window: { width: innerWidth, height: innerHeight } };
    });
    expect(seen.outside).toEqual([]);
    expect(seen.box.left).toBeGreaterThanOrEqual(0);
    expect(seen.box.top).toBeGreaterThanOrEqual(0);
    expect(seen.box.right).toBeLessThanOrEqual(seen.window.width);
    expect(seen.box.bottom).toBeLessThanOrEqual(seen.window.height);
    // The buttons at the end are reached by scrolling within the dialog.
    const start = dialog.getByRole('button', { name: 'Start presentasjonen' });
    await start.scrollIntoViewIfNeeded();
    const button = (await start.boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(seen.box.bottom);
  });

  it('opens the start-presenting dialog on its start button, with every row’s Opp and Ned buttons in one column whatever the title’s length', async () => {
    // The rules worksheet: short titles ("Uenighet") and a long one ("Når en regel ikke blir fulgt").
    const board = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'spilleregler-for-samarbeidet' }))
      .body.board;
    const page = await openCanvas(board.id);
    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).waitFor();
    // Not the first row's "Opp", which cannot do anything.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Start presentasjonen');

    expect(await slideTitles(page)).toContain('Når en regel ikke blir fulgt');
    const lefts = (direction: 'opp' | 'ned') =>
      dialog.evaluate(
        (element, wanted) =>
          [...element.querySelectorAll('button')]
            .filter((button) => button.getAttribute('aria-label')?.endsWith(`» ${wanted}`))
            .map((button) => Math.round(button.getBoundingClientRect().left)),
        direction,
      );
    for (const direction of ['opp', 'ned'] as const) {
      const column = await lefts(direction);
      expect(column.length, direction).toBeGreaterThan(5);
      expect(new Set(column).size, `${direction}: ${column.join(', ')}`).toBe(1);
    }
    await page.context().close();
  });

  it('presents a canvas board frame by frame, in an order the presenter changes for everyone', async () => {
    const imported = await adminApi.fetch(`${server.url}/api/regions/${regionId}/canvas-import?name=tiltaksplan.tldr`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.tldraw+json' },
      body: threeFramesTldr('Tiltaksplan'),
    });
    expect(imported.status).toBe(201);
    const { id: boardId, title: boardTitle } = ((await imported.json()) as { board: { id: string; title: string } }).board;

    const ada = await openCanvas(boardId);
    const kari = await openCanvas(boardId, member);
    await ada.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = ada.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.waitFor();
    // Three frames, three slides, in frame order.
    expect(await slideTitles(ada)).toEqual(['Mål', 'Aktører', 'Tiltak']);
    expect(await checkAccessibility(ada)).toEqual([]);

    await kari.getByRole('button', { name: 'Presenter', exact: true }).click();
    await expect.poll(() => slideTitles(kari)).toEqual(['Mål', 'Aktører', 'Tiltak']);

    // Ada moves "Tiltak" up by keyboard; Kari's list follows without reloading.
    await dialog.getByRole('button', { name: 'Flytt «Tiltak» opp' }).focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => slideTitles(ada)).toEqual(['Mål', 'Tiltak', 'Aktører']);
    await ada.getByRole('status').filter({ hasText: '«Tiltak» er nå lysbilde 2 av 3.' }).waitFor();
    // The keyboard stays on the button that was used, now on the row's new place.
    expect(await ada.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytt «Tiltak» opp');
    // Pressed twice in quick succession (the second press after the first move is drawn, before the
    // next frame), a button moves its slide twice and keeps the keyboard: up to the top, then down again.
    const pressTwice = (label: string) =>
      ada.evaluate(async (name) => {
        const button = document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
        button.focus();
        button.click();
        await new Promise<void>((resolve) => queueMicrotask(resolve));
        (document.activeElement as HTMLElement | null)?.click();
      }, label);
    await pressTwice('Flytt «Aktører» opp');
    await expect.poll(() => slideTitles(ada)).toEqual(['Aktører', 'Mål', 'Tiltak']);
    await pressTwice('Flytt «Aktører» ned');
    await expect.poll(() => slideTitles(ada)).toEqual(['Mål', 'Tiltak', 'Aktører']);
    expect(await ada.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytt «Aktører» ned');
    await expect.poll(() => slideTitles(kari), { timeout: 10_000 }).toEqual(['Mål', 'Tiltak', 'Aktører']);

    // The order is stored with the board (in the tldraw document), so it is there after a reload too.
    const file = (await adminApi.request<{ records: Array<{ typeName: string; meta: Record<string, unknown> }> }>(`/boards/${boardId}/canvas/export.tldr`))
      .body;
    expect(file.records.find((record) => record.typeName === 'document')?.meta.planromSlideOrder).toEqual(['shape:ramme0', 'shape:ramme2', 'shape:ramme1']);
    const later = await openCanvas(boardId, member);
    await later.getByRole('button', { name: 'Presenter', exact: true }).click();
    await expect.poll(() => slideTitles(later)).toEqual(['Mål', 'Tiltak', 'Aktører']);

    // Presenting: the first frame fills the screen, with a counter and the slide announced.
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).click();
    const controls = ada.getByRole('group', { name: 'Presentasjon' });
    await controls.waitFor();
    const counter = ada.getByTestId('presentation-counter');
    await expect.poll(() => counter.textContent()).toBe('Mål 1 av 3');
    await expect.poll(() => ada.getByTestId('presentation-announcement').textContent()).toBe('Lysbilde 1 av 3: Mål');
    await expect.poll(() => noteInView(ada, 'Notat om mål')).toBe(true);
    expect(await noteInView(ada, 'Notat om tiltak')).toBe(false);
    // The stage covers the window: the page heading is hidden behind it.
    const stage = (await ada.getByTestId('canvas-stage').boundingBox())!;
    expect(stage.width).toBeGreaterThanOrEqual(1270);
    expect(stage.height).toBeGreaterThanOrEqual(890);
    expect(await ada.evaluate(() => document.activeElement?.textContent)).toContain('Neste');
    expect(await checkAccessibility(ada)).toEqual([]);

    // Arrow keys move through the slides in the chosen order, even with focus on the board.
    await ada.mouse.click(stage.x + 200, stage.y + stage.height - 150);
    await ada.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Tiltak 2 av 3');
    await expect.poll(() => ada.getByTestId('presentation-announcement').textContent()).toBe('Lysbilde 2 av 3: Tiltak');
    await expect.poll(() => noteInView(ada, 'Notat om tiltak')).toBe(true);
    expect(await noteInView(ada, 'Notat om mål')).toBe(false);
    await ada.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Aktører 3 av 3');
    await ada.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Aktører 3 av 3');
    await ada.keyboard.press('ArrowLeft');
    await expect.poll(() => counter.textContent()).toBe('Tiltak 2 av 3');
    await controls.getByRole('button', { name: /Forrige/ }).click();
    await expect.poll(() => counter.textContent()).toBe('Mål 1 av 3');

    // The presenter can still edit while presenting: a note added now reaches Kari.
    await ada.keyboard.press('n');
    await ada.mouse.click(stage.x + 300, stage.y + stage.height - 200);
    await shapeTakesKeys(ada);
    await ada.keyboard.type('Skrevet under presentasjonen');
    // Arrow keys belong to the text while typing.
    await ada.keyboard.press('ArrowLeft');
    expect(await counter.textContent()).toBe('Mål 1 av 3');
    await ada.keyboard.press('Escape');
    // In Kari's store and page; tldraw hides (culls) shapes outside her own view, which is hers to choose.
    await kari.locator('.tl-shape').filter({ hasText: 'Skrevet under presentasjonen' }).first().waitFor({ state: 'attached', timeout: 20_000 });
    await controls.waitFor();

    // Esc leaves the presentation, and the keyboard is back on "Presenter".
    await ada.keyboard.press('Escape');
    await controls.waitFor({ state: 'detached' });
    await expect.poll(() => ada.getByTestId('presentation-announcement').textContent()).toBe('Presentasjonen er avsluttet.');
    await expect.poll(() => ada.evaluate(() => document.activeElement?.textContent)).toBe('Presenter');
    expect((await ada.getByTestId('canvas-stage').boundingBox())!.height).toBeLessThan(890);

    // The handout for the minutes: a title page, then a page per frame in slide order.
    await boardAction(ada, 'Eksporter');
    const exportDialog = ada.getByRole('dialog', { name: 'Eksporter lerretet' });
    await exportDialog.getByRole('radio', { name: /^Utdelingsark \(PDF\)/ }).check();
    expect(await checkAccessibility(ada)).toEqual([]);
    const [download] = await Promise.all([ada.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Last ned' }).click()]);
    const handout = readPdf(readFileSync((await download.path())!));
    // Named apart from the archive's PDF of the same board.
    expect(download.suggestedFilename()).toBe(`${boardTitle} – utdelingsark.pdf`);
    expect(handout.pages).toBe(4);
    expect(handout.text).toContain('(UTDELINGSARK)');
    expect(handout.text).toContain(`(${boardTitle})`);
    expect(handout.text).toContain('(Regionalt plansamarbeid: Lister)');
    expect(handout.text).toMatch(/\(Dato: \d{1,2}\. \w+ \d{4}\)/);
    expect(handout.text).toContain('(3 sider etter denne)');
    // The outline names the frame pages in the presenter's order.
    const outline = ['/Title (M', '/Title (Tiltak)', '/Title (Akt'].map((entry) => handout.text.indexOf(entry));
    expect(outline.every((index) => index > -1)).toBe(true);
    expect([...outline].sort((a, b) => a - b)).toEqual(outline);
  }, 150_000);

  /** Whether a diagram node with this text is shown inside the diagram's visible area. */
  const nodeInView = (page: Page, text: string) =>
    page.evaluate((wanted) => {
      const pane = document.querySelector('.diagram-canvas')!.getBoundingClientRect();
      const node = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((element) => element.textContent?.includes(wanted));
      if (!node) return false;
      const box = node.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      return x > pane.left && x < pane.right && y > pane.top && y < pane.bottom;
    }, text);

  it('presents a plan process phase by phase, in nynorsk, in an order stored in the diagram', async () => {
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Felles planprosess', kind: 'diagram' }))
      .body.board.id;
    const step = (id: string, title: string, phase: string, x: number) => ({
      id,
      type: 'prosessteg',
      position: { x, y: 0 },
      variantId: 'felles',
      data: { title, phase },
    });
    const imported = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'planprosess',
        variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
        nodes: [
          step('a', 'Planinitiativ', 'forarbeid', 0),
          step('b', 'Oppstartsmøte', 'forarbeid', 300),
          step('c', 'Offentleg ettersyn', 'horing', 4000),
          step('d', 'Vedtak i kommunestyret', 'vedtak', 8000),
        ],
        edges: [],
      },
    });
    expect(imported.status).toBe(200);

    const page = await newPage();
    await page.goto(`${server.url}/tavler/${boardId}`);
    await (await openBoardMenu(page)).getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'Nynorsk', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.locator('.react-flow__node').filter({ hasText: 'Planinitiativ' }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.getByText('Planprosessen blir vist fase for fase.', { exact: false }).waitFor();
    const titles = () => page.getByRole('list', { name: 'Lysbileta i rekkjefølgje' }).getByRole('listitem').locator('.slide-order__title').allTextContents();
    expect(await titles()).toEqual(['Førearbeid og initiativ', 'Høyring og offentleg ettersyn', 'Sluttbehandling og vedtak']);
    expect(await checkAccessibility(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Flytt «Sluttbehandling og vedtak» opp' }).click();
    await expect.poll(titles).toEqual(['Førearbeid og initiativ', 'Sluttbehandling og vedtak', 'Høyring og offentleg ettersyn']);
    // Stored in the diagram document: it is in the board's exported file.
    await expect
      .poll(async () => (await adminApi.request<{ presentation?: { order: string[] } }>(`/boards/${boardId}/diagram/export.json`)).body.presentation?.order)
      .toEqual(['phase:forarbeid', 'phase:vedtak', 'phase:horing']);

    await dialog.getByRole('button', { name: 'Start presentasjonen' }).click();
    const counter = page.getByTestId('presentation-counter');
    const announcement = page.getByTestId('presentation-announcement');
    await expect.poll(() => counter.textContent()).toBe('Førearbeid og initiativ 1 av 3');
    await expect.poll(() => announcement.textContent()).toBe('Lysbilete 1 av 3: Førearbeid og initiativ');
    await expect.poll(() => nodeInView(page, 'Planinitiativ')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Oppstartsmøte')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Vedtak i kommunestyret')).toBe(false);
    expect(await checkAccessibility(page)).toEqual([]);

    // Tab goes through the slide's steps, not the other phases': React Flow moves the view to a node
    // that gets the focus, so Tab carried the presenter's view off the slide.
    const tabbedTo = new Set<string>();
    for (let press = 0; press < 25; press += 1) {
      await page.keyboard.press('Tab');
      const node = await page.evaluate(() => document.activeElement?.closest('.react-flow__node')?.textContent ?? null);
      if (node) tabbedTo.add(node);
    }
    expect([...tabbedTo].some((node) => node.includes('Planinitiativ'))).toBe(true);
    expect([...tabbedTo].filter((node) => node.includes('ettersyn') || node.includes('Vedtak'))).toEqual([]);
    expect(await nodeInView(page, 'Planinitiativ')).toBe(true);
    expect(await counter.textContent()).toBe('Førearbeid og initiativ 1 av 3');
    // The arrow keys are the slides' again once the focus is on the presentation's controls.
    await page.getByRole('group', { name: 'Presentasjon' }).getByRole('button').first().focus();

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Sluttbehandling og vedtak 2 av 3');
    await expect.poll(() => announcement.textContent()).toBe('Lysbilete 2 av 3: Sluttbehandling og vedtak');
    await expect.poll(() => nodeInView(page, 'Vedtak i kommunestyret')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Planinitiativ')).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Høyring og offentleg ettersyn 3 av 3');
    await expect.poll(() => nodeInView(page, 'Offentleg ettersyn')).toBe(true);

    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });
    await expect.poll(() => announcement.textContent()).toBe('Presentasjonen er avslutta.');

    // The handout: a title page, then a page per phase in the presenter's order, each with its name.
    await (await openBoardMenu(page)).locator('summary', { hasText: 'Eksporter' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Utdelingsark (PDF)' }).click()]);
    const handout = readPdf(readFileSync((await download.path())!));
    expect(download.suggestedFilename()).toBe('Felles planprosess – utdelingsark.pdf');
    expect(handout.pages).toBe(4);
    expect(handout.text).toContain('(Felles planprosess)');
    expect(handout.text).toContain('(Regionalt plansamarbeid: Lister)');
    // In Norwegian even where the browser has no nynorsk date data.
    expect(handout.text).toMatch(/\(Dato: \d{1,2}\. [a-z]+ \d{4}\)/);
    expect(handout.text).toContain('(3 sider etter denne)');
    expect(handout.text).toContain('(Sluttbehandling og vedtak)');
    const outline = ['/Title (F', '/Title (Sluttbehandling og vedtak)', '/Title (H'].map((entry) => handout.text.indexOf(entry));
    expect(outline.every((index) => index > -1)).toBe(true);
    expect([...outline].sort((a, b) => a - b)).toEqual(outline);
  });

  it('presents the plan process worksheet readably on a projector: a phase through many lanes in parts, with lane and phase names held at the edges', async () => {
    // Before, «Oppstart og varsling» was one slide through all eight lanes at a third of full size,
    // and no slide past the first phase said whose row a step was in.
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-felles-planprosess' })).body
      .board.id;
    const page = await newPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${server.url}/tavler/${boardId}`);
    await page.getByTestId('rf__node-oppstartsmote').waitFor({ timeout: 30_000 });
    // The meeting-room screen follows: it names the slide, and holds the names inside the
    // presenter's area, not in the dimmed band beside it.
    const link = (await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' })).body.shareLink.path;
    // A 16:10 projector (WUXGA): the presenter's 16:9 area is letterboxed on it.
    const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1200 } });
    contexts.push(screenContext);
    const screen = await screenContext.newPage();
    await screen.goto(`${server.url}${link}?visning=skjerm`);
    await screen.getByTestId('rf__node-oppstartsmote').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 15_000 });
    expect(await screen.getByTestId('screen-slide').count()).toBe(0);

    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.getByText('En fase som går over mange rader av ansvarlige, vises i flere deler', { exact: false }).waitFor();
    // The order is chosen phase by phase: a phase in parts is one row.
    expect((await slideTitles(page)).slice(0, 3)).toEqual(['Forarbeid og initiativ', 'Oppstart og varsling (i 2 deler)', 'Planforslag']);
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).click();
    const counter = page.getByTestId('presentation-counter');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toMatch(/^Oppstart og varsling, del 1 av 2 2 av \d+$/);

    /** What a slide shows: its steps' boxes and title sizes, and the lane and phase names held at the edges. */
    const slide = (titles: string[]) =>
      page.evaluate((titles) => {
        const rect = (element: Element) => {
          const r = element.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        };
        const nodes = titles.map((title) => {
          const heading = [...document.querySelectorAll<HTMLElement>('.react-flow__node *')].find(
            (element) => element.childElementCount === 0 && element.textContent === title,
          )!;
          const node = heading.closest('.react-flow__node')!;
          return {
            title,
            ...rect(node),
            fontSize: parseFloat(getComputedStyle(heading).fontSize) * (heading.getBoundingClientRect().height / heading.offsetHeight),
          };
        });
        const pinned = (kind: string) =>
          [...document.querySelectorAll<HTMLElement>(`.pinned-band--${kind}`)].map((element) => ({
            text: element.textContent,
            ...rect(element),
            fontSize: parseFloat(getComputedStyle(element).fontSize),
            cutAcross: element.scrollWidth > element.clientWidth + 1,
            cutShort: element.scrollHeight > element.clientHeight + 1,
            current: element.classList.contains('pinned-band--current'),
          }));
        return { nodes, lanes: pinned('lane'), phases: pinned('phase'), bar: rect(document.querySelector('.presentation-bar')!) };
      }, titles);
    const checkSlide = async (steps: Array<[title: string, lane: string]>) => {
      // Once the slide has moved into place (it is animated): the same boxes twice in a row.
      let before = '';
      await expect
        .poll(
          async () => {
            const now = JSON.stringify(await slide(steps.map(([title]) => title)));
            const settled = now === before;
            before = now;
            return settled;
          },
          { timeout: 10_000, interval: 200 },
        )
        .toBe(true);
      const shown = await slide(steps.map(([title]) => title));
      const laneEdge = Math.max(...shown.lanes.map((lane) => lane.right));
      const phase = shown.phases.find((heading) => heading.text === 'Oppstart og varsling');
      expect(phase, JSON.stringify(shown.phases)).toBeDefined();
      expect(phase!.fontSize).toBeGreaterThanOrEqual(14);
      for (const [index, node] of shown.nodes.entries()) {
        // Large enough to read (a 14 px title at 70 % or more), clear of the held names and the controls.
        expect(node.fontSize, node.title).toBeGreaterThanOrEqual(9.5);
        expect(node.left, node.title).toBeGreaterThanOrEqual(laneEdge);
        expect(node.top, node.title).toBeGreaterThanOrEqual(phase!.bottom);
        expect(node.bottom, node.title).toBeLessThanOrEqual(shown.bar.top);
        expect(node.right, node.title).toBeLessThanOrEqual(1280);
        // Beside the name of the row it is in, under its phase's name.
        const lane = shown.lanes.find((candidate) => candidate.text === steps[index]![1]);
        expect(lane, `${node.title}: ${JSON.stringify(shown.lanes.map((l) => l.text))}`).toBeDefined();
        expect(lane!.fontSize).toBeGreaterThanOrEqual(14);
        expect(lane!.cutAcross || lane!.cutShort, lane!.text!).toBe(false);
        expect((node.top + node.bottom) / 2).toBeGreaterThan(lane!.top);
        expect((node.top + node.bottom) / 2).toBeLessThan(lane!.bottom);
        expect(node.left).toBeGreaterThanOrEqual(phase!.left - 1);
        expect(node.right).toBeLessThanOrEqual(phase!.right + 1);
      }
      // The presented phase's name is whole (a phase at the screen's edge may be cut off there), and
      // marked: the neighbours' names held beside it are not.
      expect(phase!.cutAcross || phase!.cutShort).toBe(false);
      expect(shown.phases.length).toBeGreaterThan(1);
      expect(shown.phases.filter((heading) => heading.current).map((heading) => heading.text)).toEqual(['Oppstart og varsling']);
    };
    await checkSlide([
      ['Varsling og kunngjøring av oppstart', 'Forslagsstiller og plankonsulent'],
      ['Oppstartsmøte', 'Planadministrasjonen'],
      ['Planprogram og konsekvensutredning (når det kreves)', 'Planutvalg eller formannskap'],
    ]);
    expect(await checkAccessibility(page)).toEqual([]);
    await expect
      .poll(() => screen.getByTestId('screen-slide').textContent(), { timeout: 10_000 })
      .toMatch(/^Oppstart og varsling, del 1 av 2 Lysbilde 2 av \d+$/);
    await expect
      .poll(
        () =>
          screen.evaluate(() => {
            const [left, top, width] = document.querySelector<HTMLElement>('[data-testid="screen-presented-area"]')!.dataset.box!.split(',').map(Number) as [
              number,
              number,
              number,
            ];
            const held = (text: string) =>
              [...document.querySelectorAll('.pinned-band')].find((element) => element.textContent === text)?.getBoundingClientRect();
            const lane = held('Planadministrasjonen');
            const phase = held('Oppstart og varsling');
            // At the presenter's area's left edge and top (below the dimmed band), in type that grows with it.
            return (
              top > 0 &&
              !!lane &&
              !!phase &&
              Math.abs(lane.left - left) <= 1 &&
              Math.abs(phase.top - top) <= 1 &&
              phase.right <= left + width + 1 &&
              [...document.querySelectorAll('.pinned-band--current')].map((element) => element.textContent).join() === 'Oppstart og varsling' &&
              parseFloat(getComputedStyle(document.querySelector('.pinned-bands')!).fontSize) >= 15
            );
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toMatch(/^Oppstart og varsling, del 2 av 2 3 av \d+$/);
    await checkSlide([
      ['Regionalt planforum', 'Fylkeskommunen og statlige fagmyndigheter'],
      ['Innspill til oppstartsvarselet', 'Naboer, grunneiere og innbyggere'],
    ]);
    await expect
      .poll(() => screen.getByTestId('screen-slide').textContent(), { timeout: 10_000 })
      .toMatch(/^Oppstart og varsling, del 2 av 2 Lysbilde 3 av \d+$/);
    // Done presenting slides, still presenting for everyone: no slide named or phase marked any more.
    await page.keyboard.press('Escape');
    await screen.getByTestId('screen-slide').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.pinned-band--current, .diagram-band--current').count()).toBe(0);
    await expect.poll(() => screen.locator('.pinned-band--current, .diagram-band--current').count(), { timeout: 10_000 }).toBe(0);
  });

  it('presents the digital structure worksheet folder by folder, each main folder with what it holds', async () => {
    // It said «Diagrammet har ingenting å vise ennå» here: only plan processes and actor maps had slides.
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-digital-struktur' })).body.board
      .id;
    const page = await newPage();
    await page.goto(`${server.url}/tavler/${boardId}`);
    await page.locator('.react-flow__node').filter({ hasText: 'Kontaktliste for samarbeidet' }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Presenter tavla' });
    await dialog.getByText('Den digitale strukturen vises mappe for mappe', { exact: false }).waitFor();
    const titles = await page.getByRole('list', { name: 'Lysbildene i rekkefølge' }).getByRole('listitem').locator('.slide-order__title').allTextContents();
    expect(titles).toEqual(['Generelt', 'Plansaker', 'Maler og veiledere', 'Faglige vurderinger', 'Status i plansakene', 'Møter']);
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).click();
    const counter = page.getByTestId('presentation-counter');
    await expect.poll(() => counter.textContent()).toBe('Generelt 1 av 6');
    await expect.poll(() => nodeInView(page, 'Kontaktliste for samarbeidet')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Sjekklister for planbehandling')).toBe(false);
    expect(await checkAccessibility(page)).toEqual([]);
    // The tallest slide: its last folder sits above the presentation's controls, not under them.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Plansaker 2 av 6');
    const underBar = (text: string) =>
      page.evaluate((wanted) => {
        const bar = document.querySelector('.presentation-bar')!.getBoundingClientRect();
        const node = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].find((element) => element.textContent?.includes(wanted))!;
        const box = node.getBoundingClientRect();
        return box.bottom > bar.top && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
      }, text);
    await expect.poll(() => nodeInView(page, 'Sirdal')).toBe(true);
    await expect.poll(() => underBar('Sirdal')).toBe(false);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Maler og veiledere 3 av 6');
    await expect.poll(() => nodeInView(page, 'Sjekklister for planbehandling')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Kontaktliste for samarbeidet')).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });

    // A document made at the top, in no folder, is presented too: last, on a slide of its own (it
    // was on none).
    await page.getByRole('button', { name: 'Nytt dokument', exact: true }).click();
    await page.locator('.react-flow__node').filter({ hasText: 'Nytt dokument' }).waitFor();
    await page.getByRole('button', { name: 'Presenter', exact: true }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Lysbildene i rekkefølge' }).getByRole('listitem').locator('.slide-order__title').allTextContents())
      .toEqual(['Generelt', 'Plansaker', 'Maler og veiledere', 'Faglige vurderinger', 'Status i plansakene', 'Møter', 'Utenfor hovedmappene']);
    await dialog.getByRole('button', { name: 'Start presentasjonen' }).click();
    await expect.poll(() => counter.textContent()).toBe('Generelt 1 av 7');
    for (let step = 0; step < 6; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => counter.textContent()).toBe('Utenfor hovedmappene 7 av 7');
    await expect.poll(() => nodeInView(page, 'Nytt dokument')).toBe(true);
    await expect.poll(() => nodeInView(page, 'Kontaktliste for samarbeidet')).toBe(false);
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });
  });
});

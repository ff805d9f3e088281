import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

/** The window sizes a planner's laptop or meeting-room screen has, smallest first. */
const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/** Widths between those, where a row that just fits at one size stops fitting at the next. */
const widths = [1024, 1100, 1180, 1280, 1366, 1600, 1920] as const;

interface Box {
  name: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlap = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Every pair of boxes that cover each other, by name. */
function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) pairs.push(`${boxes[i]!.name} × ${boxes[j]!.name}`);
  return pairs;
}

async function boxOf(locator: Locator, name: string): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${name} is not shown`);
  return { name, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
}

/** The controls a planner sees in an element (buttons, the menu's summary, selects), with their boxes. */
function shownControls(root: Locator): Promise<Box[]> {
  return root.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('button, summary, select')]
      .filter((control) => control.checkVisibility())
      .map((control) => {
        const box = control.getBoundingClientRect();
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40) || control.tagName;
        return { name, left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      }),
  );
}

describe.skipIf(!chromiumPath)('the diagram editor’s bars, menu, links and focus, as a planner sees them', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let processBoard: string;
  let actorBoard: string;
  let regionId: string;

  const toolbar = (target: Page = page) => target.getByRole('toolbar', { name: 'Verktøy for diagrammet' });
  const view = (name: string) => page.getByRole('group', { name: 'Visning' }).getByRole('button', { name, exact: true });
  const moreButton = () => toolbar().locator('summary', { hasText: 'Mer' });
  const layoutItem = () => toolbar().getByRole('button', { name: 'Ordne automatisk', exact: true });
  const startFromCommon = () => page.getByRole('button', { name: 'Start fra felles praksis' });
  /** A React Flow node by the title it shows. */
  const flowNode = (title: string) => page.locator('[aria-roledescription="node"]').filter({ has: page.getByText(title, { exact: true }) });

  async function openBoard(boardId: string) {
    await page.goto(`${server.url}/tavler/${boardId}`);
    await toolbar().waitFor();
    await page.locator('[aria-roledescription="node"]').first().waitFor();
    // Drawn from the stored content first: changes can be made once the live document is in.
    await page.getByRole('region', { name: 'Diagram' }).and(page.locator('[aria-busy="false"]')).waitFor();
  }

  /** A new diagram board with these nodes and links, imported in Planrom's diagram format. */
  async function importedBoard(title: string, nodes: unknown[], edges: unknown[]): Promise<string> {
    const boardId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title, kind: 'diagram' })).body.board.id;
    const imported = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', {
      format: 'json',
      document: { format: 'planrom-diagram', version: 1, diagramType: 'aktorkart', nodes, edges },
    });
    expect(imported.status).toBe(200);
    return boardId;
  }

  /** The toolbar's controls and, on a plan process, the variant bar's (and its offer to start from the common practice). */
  async function barControls(): Promise<Box[]> {
    const boxes = await shownControls(toolbar());
    const variant = page.getByRole('combobox', { name: 'Variant av prosessen' });
    if (await variant.count()) {
      boxes.push(await boxOf(variant, 'Variant av prosessen'));
      for (const name of ['Ny kommunevariant', 'Oppdater fra felles praksis', /^Slett varianten for/]) {
        const button = page.getByRole('button', { name });
        if (await button.isVisible()) boxes.push(await boxOf(button, String(name)));
      }
      const offer = page.getByRole('note').filter({ has: startFromCommon() });
      if (await offer.isVisible()) boxes.push(await boxOf(offer, 'Start fra felles praksis'));
    }
    return boxes;
  }

  const outsideWindow = (boxes: Box[]) => {
    const { width, height } = page.viewportSize()!;
    return boxes.filter((box) => box.left < 0 || box.top < 0 || box.right > width + 0.5 || box.bottom > height + 0.5).map((box) => box.name);
  };

  /** Points in the element (left, middle, right) where something else is drawn over it. */
  const coveredPoints = (locator: Locator) =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const y = box.top + box.height / 2;
      return [box.left + 4, box.left + box.width / 2, box.right - 4]
        .map((x) => ({ x, top: document.elementFromPoint(x, y) }))
        .filter(({ top }) => !top || !element.contains(top))
        .map(({ x, top }) => `${Math.round(x)}: ${top?.tagName} ${top?.textContent?.trim().slice(0, 30)}`);
    });

  /** The box of the area the element scrolls in (its nearest ancestor that scrolls vertically). */
  const scrollAreaOf = (locator: Locator) =>
    locator.evaluate((element) => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (!/(auto|scroll)/.test(getComputedStyle(parent).overflowY)) continue;
        const box = parent.getBoundingClientRect();
        return { name: 'the view', left: box.left, top: box.top, right: box.right, bottom: box.bottom };
      }
      return null;
    });

  /** Presses Tab until `locator` has focus: what a keyboard user does. */
  async function tabTo(locator: Locator, limit = 120) {
    for (let presses = 0; presses < limit; presses++) {
      if (await locator.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`${locator} was not reached with Tab`);
  }

  /** From a box, presses K until `link` (one of the box's links) has focus: how the keyboard reaches a link. */
  async function linkTo(box: Locator, link: Locator, limit = 20) {
    await tabTo(box);
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press('k');
      if (await link.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`${link} was not reached with K`);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    const fromTemplate = async (templateId: string) =>
      (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId })).body.board.id;
    processBoard = await fromTemplate('en-felles-planprosess');
    actorBoard = await fromTemplate('regionens-aktorkart');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await loginAs(page, server);
  });

  afterEach(async () => {
    await context.close();
  });

  it('keeps every view of a plan process clear of the toolbar and the variant bar, from 1024×768 to 1920×1080', async () => {
    await openBoard(processBoard);
    const documents = [
      { name: 'Tabell', heading: 'Prosessteg og avklaringspunkter' },
      { name: 'Sammenlign varianter', heading: 'Sammenlign med felles praksis' },
      { name: 'Historikk', heading: 'Historikk' },
    ];
    /** At every size: the bars' controls apart and in the window, and each document view below the bars. */
    const checkViews = async (variant: string, panel: boolean) => {
      for (const size of sizes) {
        const at = `${variant} at ${size.width}×${size.height}`;
        await page.setViewportSize(size);
        await view('Diagram').click();
        const bars = await barControls();
        expect(overlapping(bars), `bars, ${at}`).toEqual([]);
        expect(outsideWindow(bars), `bars, ${at}`).toEqual([]);
        if (panel) {
          // The selection's panel opens beside or under the bars, never over them.
          await flowNode('Planinitiativ').click();
          const aside = page.getByRole('complementary', { name: 'Rediger prosessteg' });
          await aside.waitFor();
          expect(overlapping([...(await barControls()), await boxOf(aside, 'panel')]), `panel, ${at}`).toEqual([]);
          await page.keyboard.press('Escape');
        }
        for (const document of documents) {
          await view(document.name).click();
          const heading = page.getByRole('heading', { level: 2, name: document.heading, exact: true });
          await heading.waitFor();
          const barsNow = await barControls();
          expect(overlapping(barsNow), `${document.name}, ${at}`).toEqual([]);
          expect(await coveredPoints(heading), `${document.name}'s heading, ${at}`).toEqual([]);
          // Nothing of the view can scroll under the bars: the area it scrolls in starts below them.
          const area = await scrollAreaOf(heading);
          expect(area, document.name).not.toBeNull();
          expect(overlapping([...barsNow, area!]), `${document.name}, ${at}`).toEqual([]);
        }
      }
    };

    // A municipality's empty variant: the variant bar at its tallest, with the offer to start from
    // the common practice on a row of its own.
    await page.getByRole('combobox', { name: 'Variant av prosessen' }).selectOption({ label: 'Farsund' });
    await startFromCommon().waitFor();
    await checkViews('Farsund, empty', false);
    // Filled: at its widest (update and delete as well), with steps to select.
    await view('Diagram').click();
    await startFromCommon().click();
    await page.getByRole('button', { name: 'Oppdater fra felles praksis' }).waitFor();
    await checkViews('Farsund', true);
  }, 240_000);

  it('never lets the toolbar overlap itself or leave the window, on either kind of diagram, nor its "Mer" menu', async () => {
    for (const board of [processBoard, actorBoard]) {
      await openBoard(board);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 768 });
        const bars = await barControls();
        expect(overlapping(bars), `${width}`).toEqual([]);
        expect(outsideWindow(bars), `${width}`).toEqual([]);
        await moreButton().click();
        await layoutItem().waitFor();
        expect(outsideWindow(await shownControls(toolbar())), `"Mer" at ${width}`).toEqual([]);
        await moreButton().click();
        await layoutItem().waitFor({ state: 'hidden' });
      }
    }
  }, 120_000);

  it('closes the "Mer" menu as a planner expects: Escape (back on the button), a click outside, another view, Tab past its end', async () => {
    await openBoard(actorBoard);
    const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

    await moreButton().click();
    await layoutItem().waitFor();
    await page.keyboard.press('Escape');
    await layoutItem().waitFor({ state: 'hidden' });
    expect(await isFocused(moreButton())).toBe(true);

    // Opened with the keyboard, closed with Escape from an item inside it.
    await page.keyboard.press('Enter');
    await layoutItem().waitFor();
    await tabTo(layoutItem());
    await page.keyboard.press('Escape');
    await layoutItem().waitFor({ state: 'hidden' });
    expect(await isFocused(moreButton())).toBe(true);

    // A click on the diagram.
    await moreButton().click();
    await layoutItem().waitFor();
    const canvas = await boxOf(page.getByRole('region', { name: 'Diagram' }), 'canvas');
    await page.mouse.click(canvas.right - 40, canvas.bottom - 120);
    await layoutItem().waitFor({ state: 'hidden' });

    // Another view.
    await moreButton().click();
    await layoutItem().waitFor();
    await view('Tabell').click();
    await layoutItem().waitFor({ state: 'hidden' });
    await view('Diagram').click();

    // Tab past its last item.
    await moreButton().click();
    const keys = toolbar().getByRole('button', { name: 'Hurtigtaster' });
    await tabTo(keys);
    await page.keyboard.press('Tab');
    await layoutItem().waitFor({ state: 'hidden' });
  });

  it('draws every link’s label over the boxes, readable, and keeps the links’ names', async () => {
    for (const [board, name] of [
      [actorBoard, 'Planadministrasjonen (planavdelingen) – Legger fram saker – Planutvalg / formannskap'],
      [processBoard, 'Idé- og sonderingsfase – deretter – Planinitiativ'],
    ] as const) {
      await openBoard(board);
      // The names screen readers read stay on the links.
      await page.getByRole('group', { name, exact: true }).waitFor({ state: 'attached' });
      const hidden = await page.evaluate(() => {
        const shown = [...document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')].filter((label) => label.textContent);
        const underNodes = shown.filter((label) => {
          const box = label.getBoundingClientRect();
          const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          return top?.closest('[aria-roledescription="node"]');
        });
        return { labels: shown.length, underNodes: underNodes.map((label) => label.textContent) };
      });
      expect(hidden.labels).toBeGreaterThan(10);
      expect(hidden.underNodes).toEqual([]);
    }
  });

  it('lets a click reach the box under a link’s label that found no free spot, and the label still reads once the box is selected', async () => {
    // Notes packed 4 px apart, 7 × 9, and a link between two of them in the middle: no spot near it is free.
    const note = (column: number, row: number) => ({
      id: `n${column}-${row}`,
      type: 'fritekst',
      position: { x: column * 204, y: row * 64 },
      size: { width: 200, height: 60 },
      data: { text: `Notat ${'ABCDEFG'[column]}${row + 1}` },
    });
    const nodes = [];
    for (let column = 0; column < 7; column++) for (let row = 0; row < 9; row++) nodes.push(note(column, row));
    const edges = [{ id: 'e1', type: 'sekvens', source: 'n2-4', target: 'n3-4', data: { label: 'Fører til' } }];
    await openBoard(await importedBoard('Tett', nodes, edges));

    const label = page.locator('.react-flow__edgelabel-renderer > *', { hasText: 'Fører til' });
    const box = flowNode('Notat C5');
    const labelBox = await boxOf(label, 'label');
    const noteBox = await boxOf(box, 'note');
    expect(overlapping([labelBox, noteBox])).toEqual(['label × note']);
    // Where the label covers the note: the middle of what they share.
    const point = { x: (labelBox.left + Math.min(labelBox.right, noteBox.right)) / 2, y: (labelBox.top + labelBox.bottom) / 2 };
    const noteAt = (at: { x: number; y: number }) =>
      page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[aria-roledescription="node"]')?.textContent ?? '', at);
    // Once the labels are placed (they settle a moment after drawing), the note is what a click there hits.
    await expect.poll(() => noteAt(point), { timeout: 3000 }).toContain('Notat C5');
    // The label as it reads now (inside its rounded corners, where only the label is drawn).
    const inside = { x: labelBox.left + 4, y: labelBox.top + 4, width: labelBox.right - labelBox.left - 8, height: labelBox.bottom - labelBox.top - 8 };
    // Drawn once it stays the same for three looks in a row (a selection is drawn a few frames after the click).
    const labelSeen = async () => {
      const looks = [await page.screenshot({ clip: inside })];
      while (looks.length < 3 || !looks.slice(-3).every((look) => look.equals(looks.at(-1)!))) {
        if (looks.length > 30) throw new Error('the label never stays the same');
        await page.waitForTimeout(100);
        looks.push(await page.screenshot({ clip: inside }));
      }
      return looks.at(-1)!;
    };
    const unselected = await labelSeen();
    await page.mouse.click(point.x, point.y);
    const aside = page.getByRole('complementary', { name: 'Rediger notat' });
    expect(await aside.getByRole('textbox', { name: 'Tekst' }).inputValue()).toBe('Notat C5');
    // The note is selected (React Flow lifts a selected box above the others), and the label still
    // reads over it, just as before.
    expect(await boxOf(label, 'label')).toEqual(labelBox);
    expect((await labelSeen()).equals(unselected), 'the label drawn as before').toBe(true);

    // The link is still reached from the box with K.
    await box.focus();
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Notat C5 – Fører til – Notat D5');
  });

  it('ties a link’s label placed beside its line back to the line with a thin leader line', async () => {
    const note = (name: string, x: number, y: number) => ({
      id: name,
      type: 'fritekst',
      position: { x, y },
      size: { width: 200, height: 60 },
      data: { text: `Notat ${name}` },
    });
    // A and B are too close for the label between them: it goes beside the link. C and D have room.
    const nodes = [note('A', 0, 0), note('B', 240, 0), note('C', 0, 200), note('D', 400, 200)];
    const edges = [
      { id: 'e1', type: 'sekvens', source: 'A', target: 'B', data: { label: 'Fører til' } },
      { id: 'e2', type: 'sekvens', source: 'C', target: 'D', data: { label: 'Deretter' } },
    ];
    await openBoard(await importedBoard('Ledelinjer', nodes, edges));

    /** The link's leader line, its label's box and the shortest distances between them and the link, as drawn on screen. */
    const leaderOf = (name: string, text: string) =>
      page.getByRole('group', { name, exact: true }).evaluate((edge, text) => {
        const label = [...document.querySelectorAll('.react-flow__edgelabel-renderer > *')].find((candidate) => candidate.textContent === text)!;
        const box = label.getBoundingClientRect();
        const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
        const toScreen = (element: SVGGraphicsElement, x: number, y: number) => new DOMPoint(x, y).matrixTransform(element.getScreenCTM()!);
        const pathPoints: DOMPoint[] = [];
        for (let at = 0; at <= path.getTotalLength(); at += 0.5) {
          const point = path.getPointAtLength(at);
          pathPoints.push(toScreen(path, point.x, point.y));
        }
        const toPath = (point: DOMPoint) => Math.min(...pathPoints.map((other) => Math.hypot(other.x - point.x, other.y - point.y)));
        const toBox = (point: { x: number; y: number }) =>
          Math.hypot(Math.max(box.left - point.x, 0, point.x - box.right), Math.max(box.top - point.y, 0, point.y - box.bottom));
        const labelToPath = Math.min(...pathPoints.map(toBox));
        const line = edge.querySelector<SVGLineElement>('line');
        if (!line) return { labelToPath, leader: null };
        const ends = [toScreen(line, line.x1.baseVal.value, line.y1.baseVal.value), toScreen(line, line.x2.baseVal.value, line.y2.baseVal.value)];
        return {
          labelToPath,
          leader: {
            length: Math.hypot(ends[0]!.x - ends[1]!.x, ends[0]!.y - ends[1]!.y),
            fromLabel: toBox(ends[0]!),
            fromLabelBorder: Math.min(
              Math.abs(ends[0]!.x - box.left),
              Math.abs(ends[0]!.x - box.right),
              Math.abs(ends[0]!.y - box.top),
              Math.abs(ends[0]!.y - box.bottom),
            ),
            toPath: toPath(ends[1]!),
            shown: getComputedStyle(line).stroke !== 'none' && Number(getComputedStyle(line).strokeOpacity) > 0,
          },
        };
      }, text);

    // Once placed (a moment after drawing), the label stands apart from its link, and a line joins them.
    await expect.poll(async () => (await leaderOf('Notat A – Fører til – Notat B', 'Fører til')).labelToPath, { timeout: 3000 }).toBeGreaterThan(5);
    const beside = await leaderOf('Notat A – Fører til – Notat B', 'Fører til');
    expect(beside.leader).not.toBeNull();
    expect(beside.leader!.shown).toBe(true);
    expect(beside.leader!.length).toBeGreaterThan(5);
    expect(beside.leader!.fromLabel).toBeLessThan(1.5);
    expect(beside.leader!.fromLabelBorder).toBeLessThan(1.5);
    expect(beside.leader!.toPath).toBeLessThan(1.5);
    // A label on its line needs none.
    const onLine = await leaderOf('Notat C – Deretter – Notat D', 'Deretter');
    expect(onLine.labelToPath).toBe(0);
    expect(onLine.leader).toBeNull();
  });

  it('shows clearly which link or box has the keyboard’s focus (3:1 against the canvas, at least 2 px)', async () => {
    await openBoard(actorBoard);
    const link = page.getByRole('group', { name: 'Planadministrasjonen (planavdelingen) – Legger fram saker – Planutvalg / formannskap', exact: true });
    const box = flowNode('Planadministrasjonen (planavdelingen)');

    for (const [name, target] of [
      ['link', link],
      ['box', box],
    ] as const) {
      const before = await focusStyles(target);
      if (name === 'link') await linkTo(box, target);
      else await tabTo(target);
      const after = await focusStyles(target);
      expect(indicators(before, after), name).not.toEqual([]);
    }
  });

  it('takes Tab through the boxes first, and from a box K to its links (Tab past them going on to the next box), one of which Enter selects', async () => {
    await openBoard(actorBoard);
    await page.getByRole('region', { name: 'Diagram' }).focus();
    const focused = () =>
      page.evaluate(() => `${document.activeElement?.getAttribute('aria-roledescription')}: ${document.activeElement?.getAttribute('aria-label')}`);
    const stops: string[] = [];
    for (let presses = 0; presses < 6; presses++) {
      await page.keyboard.press('Tab');
      stops.push(await focused());
    }
    // The boxes as React Flow draws them (the category groups first, then what is in them and the notes): no link among them.
    expect(stops.slice(0, 4)).toEqual(['node: Gruppe: Internt i kommunene', 'node: Gruppe: Regionalt', 'node: Gruppe: Statlig', 'node: Gruppe: Eksternt']);
    expect(stops.every((stop) => stop.startsWith('node: '))).toBe(true);

    const box = flowNode('Planadministrasjonen (planavdelingen)');
    // What Tab reaches after the box, for the way back from its links below.
    await tabTo(box);
    const boxName = await focused();
    await page.keyboard.press('Tab');
    const afterBox = await focused();
    expect(afterBox).toMatch(/^node: /);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(boxName);

    // From the box's links, Tab goes on past the last link to the box after it, as from the box itself;
    // Shift+Tab from the first link goes back to the box.
    await page.keyboard.press('k');
    expect(await focused()).toMatch(/^edge: /);
    const linkStops: string[] = [];
    for (let presses = 0; presses < 20 && (await focused()).startsWith('edge: '); presses++) {
      await page.keyboard.press('Tab');
      linkStops.push(await focused());
    }
    expect(linkStops.at(-1)).toBe(afterBox);
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(boxName);
    await page.keyboard.press('k');
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(boxName);

    await page.keyboard.press('k');
    const first = await focused();
    expect(first).toMatch(/^edge: (Planadministrasjonen \(planavdelingen\) – .+|.+ – Planadministrasjonen \(planavdelingen\))$/);
    await page.keyboard.press('k');
    const second = await focused();
    expect(second).toMatch(/^edge: .*Planadministrasjonen \(planavdelingen\)/);
    expect(second).not.toBe(first);
    // Enter selects the link: its fields open in the panel.
    await page.keyboard.press('Enter');
    await page.getByRole('complementary', { name: 'Rediger kobling' }).waitFor();
    // Escape goes back to the box, and Tab on from there goes to the next box, not to a link.
    await page.keyboard.press('Escape');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^node: /);
  });

  it('tells screen reader users the keys that work on a box and a link, and on the meeting-room screen no editing keys', async () => {
    /** What a screen reader reads after an element's name: the texts its aria-describedby names. */
    const description = (target: Locator) =>
      target.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim(),
      );
    const box = () => flowNode('Planadministrasjonen (planavdelingen)');
    // Links take the focus only from their box, with K.
    const link = async () => {
      await box().focus();
      await page.keyboard.press('k');
      return page.locator('[aria-roledescription="edge"]:focus');
    };
    await openBoard(actorBoard);
    expect(await description(box())).toBe(
      'Trykk Enter eller mellomrom for å velge noden. Flytt den med piltastene. Delete sletter den, Escape avbryter. K går til koblingene. P går til feltene i sidepanelet.',
    );
    expect(await description(await link())).toBe('Trykk Enter eller mellomrom for å velge koblingen. Delete sletter den. Escape går tilbake til noden.');

    // The room's screen only follows: nothing is moved or deleted there, and it has no side panel.
    await page.goto(`${server.url}/tavler/${actorBoard}?visning=skjerm`);
    await box().waitFor();
    expect(await description(box())).toBe('Trykk Enter eller mellomrom for å velge noden. K går til koblingene.');
    expect(await description(await link())).toBe('Trykk Enter eller mellomrom for å velge koblingen. Escape går tilbake til noden.');
  });
});

/** Outline, box shadow and stroke of an element, its parts and (for a link) its label, as drawn now. */
function focusStyles(target: Locator) {
  return target.evaluate((element) => {
    const label = element.getAttribute('aria-roledescription') === 'edge' ? element.getAttribute('aria-label')?.split(' – ')[1] : undefined;
    const labels = label
      ? [...document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')].filter((candidate) => candidate.textContent === label)
      : [];
    return [element, ...element.querySelectorAll('*'), ...labels].map((part, index) => {
      const style = getComputedStyle(part);
      return {
        part: `${index}:${part.tagName}`,
        outline: style.outlineStyle === 'none' ? '' : `${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        stroke: style.stroke === 'none' || style.strokeOpacity === '0' ? '' : `${style.strokeWidth} ${style.stroke}`,
      };
    });
  });
}

/**
 * Parts whose focus look a planner can see: an outline or shadow at least 2 px wide that stands 3:1
 * against the white canvas, or a line that became at least 2 px wider in such a colour, or took a
 * colour 3:1 against its own.
 */
function indicators(before: Awaited<ReturnType<typeof focusStyles>>, after: Awaited<ReturnType<typeof focusStyles>>): string[] {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? ['255', '255', '255']).slice(0, 3).map((value) => {
      const channel = Number(value) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b = 'rgb(255, 255, 255)') => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  };
  /** Colour and width of each part of a value: "3px rgb(…)" (outline, stroke) or "rgb(…) 0px 0px 0px 3px, …" (shadows). */
  const parts = (value: string) =>
    value
      .split(/,(?![^(]*\))/)
      .map((part) => {
        const color = part.match(/rgba?\([^)]*\)/)?.[0] ?? '';
        const sizes =
          part
            .replace(/rgba?\([^)]*\)/, '')
            .match(/[\d.]+px/g)
            ?.map(parseFloat) ?? [];
        return { color, width: sizes.length >= 4 ? sizes[3]! : (sizes[0] ?? 0) };
      })
      .filter((part) => part.color);
  const found: string[] = [];
  after.forEach((now, index) => {
    const then = before[index];
    for (const key of ['outline', 'boxShadow'] as const) {
      if (now[key] && now[key] !== then?.[key] && parts(now[key]).some((part) => part.width >= 2 && contrast(part.color) >= 3))
        found.push(`${now.part} ${key} ${now[key]}`);
    }
    const [line] = parts(now.stroke);
    const [old] = parts(then?.stroke ?? '');
    if (
      line &&
      line.width >= 2 &&
      (old ? (line.width - old.width >= 2 && contrast(line.color) >= 3) || contrast(line.color, old.color) >= 3 : contrast(line.color) >= 3)
    ) {
      found.push(`${now.part} stroke ${now.stroke}`);
    }
  });
  return found;
}

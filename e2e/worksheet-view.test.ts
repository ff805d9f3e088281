import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Language } from '../shared/schemas/language';
import { templateIds } from '../shared/templates/index';
import { buildTemplate, getTemplate } from '../shared/templates/build-template';
import { adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';
import { tldrawHasMeasuredCanvas } from './support/workspace';

/** The worksheets drawn on a canvas (the others are diagrams). */
const canvasWorksheets = templateIds.filter((id) => getTemplate(id).kind === 'canvas');

/**
 * The smallest screen a planner brings (where the worksheets open at about 30 %, and tldraw's frame
 * names stand highest over the board), and the usual laptop. Nynorsk names are longer.
 */
const cases = canvasWorksheets.flatMap((id) => [
  [id, 'nb', { width: 1440, height: 900 }] as const,
  [id, 'nb', { width: 1024, height: 768 }] as const,
  [id, 'nn', { width: 1024, height: 768 }] as const,
]);

interface Seen {
  /** Shapes drawn with no size: tldraw leaves out what lies outside the view. */
  unseen: string[];
  /** A frame's name over a shape that is not its own frame or a frame around it. */
  covering: string[];
  /** Frame names cut short (an ellipsis). */
  cut: string[];
  /** The board's top and bottom (frame names included), the meeting bar's bottom and the toolbar's top. */
  contentTop: number;
  contentBottom: number;
  barBottom: number;
  toolbarTop: number;
}

/**
 * What a planner sees of a worksheet on screen, from the boxes of the real elements: tldraw's
 * shapes, the names it draws above frames (`.tl-frame-heading`, a constant size on screen at any
 * zoom), the meeting bar over the top of the board and tldraw's toolbar at its bottom.
 */
function look(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const shapes = [...document.querySelectorAll<HTMLElement>('.tl-canvas .tl-shape')].map((element) => ({
      id: element.dataset.shapeId ?? '',
      type: element.dataset.shapeType ?? '',
      element,
      box: element.getBoundingClientRect(),
    }));
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const contains = (outer: DOMRect, inner: DOMRect) =>
      outer.left <= inner.left + 1 && outer.top <= inner.top + 1 && outer.right >= inner.right - 1 && outer.bottom >= inner.bottom - 1;
    const unseen = shapes.filter(({ box }) => box.width === 0 || box.height === 0).map(({ id }) => id);
    const covering: string[] = [];
    const cut: string[] = [];
    const names: DOMRect[] = [];
    for (const frame of shapes.filter(({ type }) => type === 'frame')) {
      const heading = frame.element.querySelector<HTMLElement>('.tl-frame-heading');
      const label = heading?.querySelector<HTMLElement>('.tl-frame-label');
      if (!heading || !label) {
        unseen.push(`${frame.id} (name)`);
        continue;
      }
      // The label itself, without the gap tldraw leaves under it (which touches the frame).
      const name = heading.querySelector('.tl-frame-heading-hit-area')!.getBoundingClientRect();
      names.push(name);
      if (label.scrollWidth > label.clientWidth + 1 || heading.scrollWidth > heading.clientWidth + 1) cut.push(label.textContent ?? frame.id);
      for (const other of shapes) {
        // Its own frame and the frames around it hold the name (tldraw draws every shape as a
        // sibling, so "around" is by box); arrows cross the frames they join.
        if (other.type === 'arrow' || other === frame || (other.type === 'frame' && contains(other.box, frame.box))) continue;
        if (overlap(name, other.box)) covering.push(`«${label.textContent}» × ${other.id}`);
      }
    }
    for (let i = 0; i < names.length; i++)
      for (let j = i + 1; j < names.length; j++) if (overlap(names[i]!, names[j]!)) covering.push(`two names at ${Math.round(names[i]!.top)}`);
    const boxes = [...shapes.filter(({ box }) => box.width > 0).map(({ box }) => box), ...names];
    const bar = document.querySelector('[aria-label="Møteverktøy"] .meeting-tools__bar')!.getBoundingClientRect();
    const toolbar = document.querySelector('.tlui-main-toolbar__inner')!.getBoundingClientRect();
    return {
      unseen,
      covering,
      cut,
      contentTop: Math.min(...boxes.map((box) => box.top)),
      contentBottom: Math.max(...boxes.map((box) => box.bottom)),
      barBottom: bar.bottom,
      toolbarTop: toolbar.top,
    };
  });
}

/** What the board page says to a person working in each language (the gallery's button names the template). */
const words = {
  nb: { connected: 'Tilkoblet', make: 'Lag tavle fra malen', newBoard: 'Den nye tavla heter', hide: 'Skjul meldingen' },
  nn: { connected: 'Tilkopla', make: 'Lag tavle frå malen', newBoard: 'Den nye tavla heiter', hide: 'Skjul meldinga' },
} as const;

/**
 * The notice that says `noticeText` as it shows (its sentence and buttons), and the text a planner
 * reads on the canvas that it covers: every line of tldraw's shapes' text (notes, text, geo labels,
 * frame names) under it, from the boxes of the text itself.
 */
function textUnder(page: Page, noticeText: string): Promise<{ notice: DOMRect | null; covered: string[] }> {
  return page.evaluate((noticeText) => {
    const status = [...document.querySelectorAll('[role="status"]')].find((element) => element.textContent?.includes(noticeText));
    // The notice as it shows: the sentence, its button and the button that puts it away.
    const notice = status?.closest('[data-workspace-overlay]')?.getBoundingClientRect() ?? null;
    if (!notice) return { notice: null, covered: [] };
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.tl-canvas .tl-shapes') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        const overlaps =
          Math.min(line.right, notice.right) - Math.max(line.left, notice.left) > 0 &&
          Math.min(line.bottom, notice.bottom) - Math.max(line.top, notice.top) > 0;
        if (overlaps && line.width > 0) covered.push(node.textContent.trim().slice(0, 40));
      }
    }
    return { notice: notice.toJSON() as DOMRect, covered };
  }, noticeText);
}

/**
 * The canvas worksheets as a planner first sees them, just made from the template gallery: the whole
 * sheet between the meeting bar and tldraw's toolbar, every frame's name readable and clear of what
 * is around it, at the zoom the board opens at on a small and a usual screen; and the notice that
 * names the new board ("Den nye tavla heter …") hides none of the worksheet's text, and is read out
 * and put away from the keyboard.
 */
describe.skipIf(!chromiumPath)('canvas worksheets as they open', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let regionId: string;
  let municipalities: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    const region = (await adminApi.request<{ region: { municipalities: Array<{ id: string; name: string }> } }>(`/regions/${regionId}`)).body.region;
    municipalities = region.municipalities.map(({ id, name }) => ({ id, name }));
  });

  beforeEach(() => {
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it.each(cases)('%s (%s) at %o', async (templateId, language: Language, viewport) => {
    const say = words[language];
    await adminApi.request(`/regions/${regionId}`, 'PATCH', { language });
    const built = buildTemplate(templateId, { language, municipalities });
    const count = built.kind === 'canvas' ? Object.values(built.snapshot.store).filter((record) => record.typeName === 'shape').length : 0;
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      await loginAs(page, server);
      await page.goto(`${server.url}/samarbeid/${regionId}/maler`);
      await page
        .locator(`#mal-${templateId}`)
        .getByRole('button', { name: `${say.make} «${getTemplate(templateId).texts[language].title}»` })
        .click();
      await page.waitForURL(/\/tavler\//);
      await page.getByTestId('canvas-connection').filter({ hasText: say.connected }).waitFor({ timeout: 30_000 });
      await page.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor({ timeout: 15_000 });
      const notice = page.getByRole('status').filter({ hasText: say.newBoard });
      await notice.waitFor();
      await page.waitForFunction((count) => document.querySelectorAll('.tl-canvas .tl-shape').length === count, count, { timeout: 30_000 });
      await expect.poll(() => tldrawHasMeasuredCanvas(page)).toBe(true);
      // tldraw measures the frames' names once their font is in.
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);

      const seen = await look(page);
      expect(seen.unseen).toEqual([]);
      expect(seen.covering).toEqual([]);
      expect(seen.cut).toEqual([]);
      expect(seen.contentTop).toBeGreaterThanOrEqual(seen.barBottom);
      expect(seen.contentBottom).toBeLessThanOrEqual(seen.toolbarTop);

      const under = await textUnder(page, say.newBoard);
      expect(under.notice).not.toBeNull();
      expect(under.covered).toEqual([]);
      // Above tldraw's toolbar, which it lies over from side to side.
      expect(under.notice!.bottom).toBeLessThanOrEqual(seen.toolbarTop);
      // Put away from the keyboard.
      await page.getByRole('button', { name: say.hide }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => notice.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

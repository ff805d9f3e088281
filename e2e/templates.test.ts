import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { uniqueTitle } from '../shared/boards/unique-title';
import type { Language } from '../shared/schemas/language';
import { templateIds } from '../shared/templates/index';
import { buildTemplate, getTemplate, type BuiltTemplate } from '../shared/templates/build-template';
import { adminEnv, ApiSession, checkAccessibility, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer, boardAction } from './support/index';

/** What a planner sees of the template pages, in each language. */
const words = {
  nb: {
    use: (title: string) => `Lag tavle fra malen «${title}»`,
    connected: 'Tilkoblet',
    path: 'Veien gjennom veilederen',
    guide: 'Veiledning for møteleder',
    forbidden: 'Du har ikke tilgang til å gjøre dette.',
  },
  nn: {
    use: (title: string) => `Lag tavle frå malen «${title}»`,
    connected: 'Tilkopla',
    path: 'Vegen gjennom rettleiaren',
    guide: 'Rettleiing for møteleiar',
    forbidden: 'Du har ikkje tilgang til å gjere dette.',
  },
} as const;

/** The shapes (canvas) or nodes (diagram, the common practice where a process has variants) the editor should show. */
function expectedCount(built: BuiltTemplate): number {
  if (built.kind === 'canvas') return Object.values(built.snapshot.store).filter((record) => record.typeName === 'shape').length;
  const common = built.document.variants.find((variant) => variant.isCommon)?.id;
  return built.document.nodes.filter((node) => !node.variantId || node.variantId === common).length;
}

describe.skipIf(!chromiumPath)('templates in the browser', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let page: Page;
  let regionId: string;
  let municipalities: Array<{ id: string; name: string }>;
  /** Console errors and uncaught exceptions since the last `errors.length = 0`. */
  const errors: string[] = [];

  const setLanguage = (language: Language) => adminApi.request(`/regions/${regionId}`, 'PATCH', { language });

  async function openGallery(heading: string) {
    await page.goto(`${server.url}/samarbeid/${regionId}/maler`);
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  }

  /** Waits until the editor on the page shows exactly `count` shapes or nodes, and still does a moment later. */
  async function editorShows(kind: 'canvas' | 'diagram', count: number, language: Language) {
    const selector = kind === 'canvas' ? '.tl-canvas .tl-shape' : '.react-flow__node';
    if (kind === 'canvas') await page.getByTestId('canvas-connection').filter({ hasText: words[language].connected }).waitFor({ timeout: 30_000 });
    await page
      .waitForFunction(({ selector, count }) => document.querySelectorAll(selector).length === count, { selector, count }, { timeout: 30_000 })
      .catch(async () => {
        throw new Error(`expected ${count} ${selector}, saw ${await page.locator(selector).count()}`);
      });
    // Fonts and measuring settle; nothing may appear or go wrong meanwhile.
    await page.waitForTimeout(700);
    expect(await page.locator(selector).count()).toBe(count);
    if (kind === 'canvas') expect(await shapesOutsideStage()).toEqual([]);
  }

  /** A canvas board opens on its whole content: the shapes that reach outside the visible stage. */
  function shapesOutsideStage() {
    return page.evaluate(() => {
      const stage = document.querySelector('[data-testid="canvas-stage"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('.tl-canvas .tl-shape')]
        .map((shape) => ({ id: shape.getAttribute('data-shape-id'), box: shape.getBoundingClientRect() }))
        .filter(({ box }) => box.left < stage.left - 2 || box.top < stage.top - 2 || box.right > stage.right + 2 || box.bottom > stage.bottom + 2)
        .map(({ id }) => id);
    });
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await loginAs(page, server);
    regionId = await adminApi.demoRegionId();
    const region = (await adminApi.request<{ region: { municipalities: Array<{ id: string; name: string }> } }>(`/regions/${regionId}`)).body.region;
    municipalities = region.municipalities.map(({ id, name }) => ({ id, name }));
    expect(municipalities).toHaveLength(6);
  });

  beforeEach(() => {
    // A failure caused by the server shows its log (errors only) with the test's.
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const cases = templateIds.flatMap((id) => getTemplate(id).variants.map((variant) => [id, variant.id] as const));

  describe.each(['nb', 'nn'] as const)('in %s', (language) => {
    beforeAll(async () => {
      await setLanguage(language);
    });

    it('the gallery shows every worksheet under the guide’s headings, and passes axe', async () => {
      const headings = {
        nb: ['Felles mål', 'Felles regler', 'Åpen dialog', 'Løse uenigheter'],
        nn: ['Felles mål', 'Felles reglar', 'Open dialog', 'Løyse usemjer'],
      }[language];
      errors.length = 0;
      await openGallery(headings[0]!);
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(headings));
      for (const id of templateIds) {
        const texts = getTemplate(id).texts[language];
        const card = page.locator(`#mal-${id}`);
        expect(await card.getByRole('heading', { level: 3 }).textContent()).toBe(texts.title);
        expect(await card.textContent()).toContain(texts.duration);
        expect(await card.textContent()).toContain(texts.participants);
        const alt = await card.getByRole('img').getAttribute('alt');
        expect(alt).toContain(texts.title);
      }
      // Every preview image loads (they are drawn by the server from the templates).
      await page.evaluate(async () => {
        const images = [...document.querySelectorAll<HTMLImageElement>('img.template-preview')];
        for (const image of images) image.loading = 'eager';
        await Promise.all(images.map((image) => image.decode()));
      });
      expect(await checkAccessibility(page)).toEqual([]);
      expect(errors).toEqual([]);
    });

    it.each(cases)('%s (%s) makes a board that opens in the real editor with all its content', async (templateId, variant) => {
      const template = getTemplate(templateId);
      const built = buildTemplate(templateId, { language, municipalities, variant });
      await openGallery('Felles mål');
      errors.length = 0;
      const card = page.locator(`#mal-${templateId}`);
      if (template.variants.length > 1) {
        const name = template.variants.find((candidate) => candidate.id === variant)!.name[language];
        await card.getByRole('radio', { name }).check();
      }
      // The new board's name is unique in the region: "Vårt formål 2" when the example board has the name.
      const taken = (await adminApi.request<{ boards: Array<{ title: string }> }>(`/regions/${regionId}/boards?archived=true`)).body.boards.map(
        (board) => board.title,
      );
      await card.getByRole('button', { name: words[language].use(template.texts[language].title) }).click();
      await page.waitForURL(/\/tavler\//);
      await page.getByRole('heading', { level: 1, name: uniqueTitle(built.title, taken), exact: true }).waitFor();
      await editorShows(built.kind, expectedCount(built), language);
      expect(errors).toEqual([]);
    });

    it('the region page shows the path with the started worksheets, marks one agreed, and passes axe', async () => {
      errors.length = 0;
      await page.goto(`${server.url}/samarbeid/${regionId}`);
      await page.getByRole('heading', { level: 2, name: words[language].path }).waitFor();
      const steps = page.locator('.toolkit-path > li');
      await steps.first().waitFor();
      expect(await steps.count()).toBe(templateIds.length);
      const first = steps.first();
      const title = getTemplate('vart-formal').texts[language].title;
      expect(await first.getByRole('heading', { level: 3 }).textContent()).toBe(title);
      await first.getByText(language === 'nb' ? 'Startet' : 'Starta', { exact: true }).waitFor();
      const mark = first.getByRole('checkbox', { name: language === 'nb' ? `Vi er enige om «${title}»` : `Vi er samde om «${title}»` });
      // Slow answers: the box stays as clicked meanwhile (uncheck() fails if it springs back).
      const marks = '**/api/regions/*/toolkit/*';
      const answered = () => page.waitForResponse((response) => response.url().includes('/toolkit/') && response.request().method() === 'PUT');
      const slowly = (answer: (route: Route) => Promise<void>) =>
        page.route(marks, async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await answer(route);
        });
      await slowly((route) => route.continue());
      let answer = answered();
      // Read in the same task as the click: a box that waits for a later render springs back first.
      expect(await mark.evaluate((box: HTMLInputElement) => (box.click(), box.checked))).toBe(true);
      await first.getByText('Avtalt', { exact: true }).waitFor();
      await answer;
      await page.unroute(marks);
      await first.getByText(/Avtalt \d/).waitFor();
      expect(await mark.isChecked()).toBe(true);
      expect(await checkAccessibility(page)).toEqual([]);

      // A refusal puts the stored mark back and says why.
      await slowly((route) =>
        route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'forbidden', message: 'Ingen tilgang' } }) }),
      );
      answer = answered();
      await mark.uncheck();
      await answer;
      await page.unroute(marks);
      await page.locator('.toast--error').getByText(words[language].forbidden).waitFor();
      await first.getByText(/Avtalt \d/).waitFor();
      expect(await mark.isChecked()).toBe(true);

      await mark.uncheck();
      await first.getByText(language === 'nb' ? 'Startet' : 'Starta', { exact: true }).waitFor();
      expect(errors.filter((error) => !error.includes('403'))).toEqual([]);
    });
  });

  it('opens the facilitator guide on a board made from a worksheet, in the region’s language', async () => {
    await setLanguage('nb');
    const board = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'konfliktkompasset' })).body.board;
    await page.goto(`${server.url}/tavler/${board.id}`);
    await editorShows('canvas', expectedCount(buildTemplate('konfliktkompasset', { language: 'nb', municipalities })), 'nb');
    errors.length = 0;
    // From the board's menu; the guide opens in a sheet over the board, beside what it describes.
    await boardAction(page, words.nb.guide);
    const dialog = page.getByRole('region', { name: `${words.nb.guide}: Konfliktkompasset` });
    await dialog.waitFor();
    const steps = dialog.getByRole('listitem');
    expect(await steps.count()).toBeGreaterThan(3);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('saves a board as a template of the region and makes a new board from it', async () => {
    const board = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'regionens-aktorkart' })).body.board;
    const count = expectedCount(buildTemplate('regionens-aktorkart', { language: 'nb', municipalities }));
    await page.goto(`${server.url}/tavler/${board.id}`);
    await editorShows('diagram', count, 'nb');
    errors.length = 0;
    await boardAction(page, 'Lagre som mal');
    const dialog = page.getByRole('dialog', { name: 'Lagre tavla som mal' });
    await dialog.getByRole('textbox', { name: 'Navn på malen' }).fill('Aktørkart for Lister');
    await dialog.getByRole('button', { name: 'Lagre malen' }).click();
    await page.getByRole('button', { name: 'Se malene' }).click();
    await page.getByRole('heading', { level: 2, name: 'Samarbeidets egne maler' }).waitFor();
    const card = page.locator('.template-card').filter({ has: page.getByRole('heading', { level: 3, name: 'Aktørkart for Lister' }) });
    await card.waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    await card.getByRole('button', { name: 'Lag tavle fra malen «Aktørkart for Lister»' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktørkart for Lister', exact: true }).waitFor();
    await editorShows('diagram', count, 'nb');
    expect(errors).toEqual([]);
  });
});

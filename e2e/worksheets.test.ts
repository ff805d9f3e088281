import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { actorCategories, type ActorCategory } from '../shared/diagram/vocabulary';
import type { Language } from '../shared/schemas/language';
import { getTemplate } from '../shared/templates/build-template';
import {
  adminEnv,
  ApiSession,
  chromiumPath,
  diagramSettled,
  launchBrowser,
  loginAs,
  overlappingBoxes,
  parentsOf,
  startTestServer,
  type TestServer,
} from './support/index';

/** What a planner sees, in each language. */
const words = {
  nb: {
    views: 'Visning',
    add: 'Legg til',
    layout: 'Ordne automatisk',
    laidOut: /Diagrammet er ordnet/,
    folder: 'Ny mappe',
    document: 'Nytt dokument',
    actor: 'Ny aktør',
    grid: 'Interessentkart',
    compare: 'Sammenlign varianter',
    structure: 'Mapper og dokumenter',
  },
  nn: {
    views: 'Vising',
    add: 'Legg til',
    layout: 'Ordne automatisk',
    laidOut: /Diagrammet er ordna/,
    folder: 'Ny mappe',
    document: 'Nytt dokument',
    actor: 'Ny aktør',
    grid: 'Interessentkart',
    compare: 'Samanlikn variantar',
    structure: 'Mapper og dokument',
  },
} as const;

interface Exported {
  variants: Array<{ id: string; name: string; isCommon: boolean }>;
  nodes: Array<{
    id: string;
    type: string;
    parentId?: string | null;
    variantId?: string | null;
    position: { x: number; y: number };
    pinned?: boolean | null;
    data: Record<string, unknown>;
  }>;
  edges: Array<{ id: string; type: string; source: string; target: string; variantId?: string | null }>;
}

/**
 * What the diagram on the page shows, measured from the DOM: node boxes that overlap (a group and
 * its own members aside), labels that reach outside their node, and words broken across two lines.
 */
async function measure(page: Page, parents: Record<string, string>) {
  const { nodes, pairs: overlaps } = await overlappingBoxes(page, parents);
  const labels = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((element) => ({
      id: element.dataset.id ?? '',
      box: element.getBoundingClientRect(),
      element,
    }));
    const overflowing: string[] = [];
    const brokenWords: string[] = [];
    for (const { id, element, box } of boxes) {
      const inner = element.querySelector<HTMLElement>('.diagram-node');
      if (!inner) continue;
      for (const label of inner.querySelectorAll<HTMLElement>(
        '.diagram-node__title, .diagram-node__detail, .diagram-node__kind, .diagram-node__group-label, .diagram-node__text',
      )) {
        const rect = label.getBoundingClientRect();
        if (rect.right > box.right + 1 || rect.bottom > box.bottom + 1 || rect.left < box.left - 1) overflowing.push(`${id}: ${label.textContent}`);
        // A word drawn on two lines has two boxes.
        const text = label.firstChild;
        if (!(text instanceof Text)) continue;
        const content = text.data;
        for (const match of content.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) brokenWords.push(`${id}: ${match[0]}`);
        }
      }
    }
    return { overflowing, brokenWords };
  });
  return { nodes, overlaps, ...labels };
}

describe.skipIf(!chromiumPath)('worksheets that hold up in the meeting', () => {
  let server: TestServer;
  let api: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let regionId: string;
  let municipalities: Array<{ id: string; name: string }>;
  const errors: string[] = [];

  const setLanguage = (language: Language) => api.request(`/regions/${regionId}`, 'PATCH', { language });
  const fromTemplate = async (templateId: string, variant?: string) =>
    (await api.request<{ board: { id: string; title: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId, ...(variant ? { variant } : {}) })).body
      .board;
  const exported = async (boardId: string) => (await api.request<Exported>(`/boards/${boardId}/diagram/export.json`)).body;

  async function openBoard(boardId: string, language: Language) {
    await page.goto(`${server.url}/tavler/${boardId}`);
    await page.getByRole('group', { name: words[language].views, exact: true }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
  }

  /** Waits until the diagram has stopped changing (an arrangement on opening, fonts) and measures it. */
  async function settled(boardId: string) {
    await diagramSettled(page);
    return measure(page, parentsOf((await exported(boardId)).nodes));
  }

  async function arrange(boardId: string, language: Language) {
    const status = page.getByText(words[language].laidOut);
    // In the toolbar's "Mer" / "Meir" menu (the row holds the views, adding, undo and redo).
    await page.locator('.diagram-toolbar summary').click();
    await page.locator('.diagram-toolbar').getByRole('button', { name: words[language].layout, exact: true }).click();
    await status.waitFor({ timeout: 30_000 });
    return settled(boardId);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    api = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await api.demoRegionId();
    const region = (await api.request<{ region: { municipalities: Array<{ id: string; name: string }> } }>(`/regions/${regionId}`)).body.region;
    municipalities = region.municipalities.map(({ id, name }) => ({ id, name }));
  });

  afterAll(async () => {
    await setLanguage('nb');
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
    context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    page = await context.newPage();
    errors.length = 0;
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await loginAs(page, server);
  });

  afterEach(async () => {
    await context.close();
  });

  describe.each(['nb', 'nn'] as const)('in %s', (language) => {
    beforeAll(async () => {
      await setLanguage(language);
    });

    it('the actor map template opens, and stays after "Ordne automatisk", with no overlaps and no broken or cut labels', async () => {
      const board = await fromTemplate('regionens-aktorkart');
      await openBoard(board.id, language);
      const opened = await settled(board.id);
      expect(opened.nodes).toBeGreaterThan(30);
      expect(opened).toMatchObject({ overlaps: [], overflowing: [], brokenWords: [] });
      const arranged = await arrange(board.id, language);
      expect(arranged).toMatchObject({ overlaps: [], overflowing: [], brokenWords: [] });
      // Still one group per category, and the actors in their own category's group.
      const document = await exported(board.id);
      const groups = document.nodes.filter((node) => node.type === 'gruppe');
      expect(groups).toHaveLength(4);
      for (const actor of document.nodes.filter((node) => node.type === 'aktor')) expect(actor.parentId).toBe(`kategori-${String(actor.data.category)}`);
      expect(errors).toEqual([]);
    });

    it('the digital structure is its own kind of diagram: folder and document actions, a table, no actor tabs', async () => {
      const board = await fromTemplate('en-digital-struktur');
      await openBoard(board.id, language);
      const add = page.getByRole('group', { name: words[language].add, exact: true });
      await add.getByRole('button', { name: words[language].folder, exact: true }).waitFor();
      await add.getByRole('button', { name: words[language].document, exact: true }).waitFor();
      expect(await add.getByRole('button', { name: words[language].actor, exact: true }).count()).toBe(0);
      const views = page.getByRole('group', { name: words[language].views, exact: true });
      expect(await views.getByRole('button', { name: words[language].grid }).count()).toBe(0);
      expect(await views.getByRole('button', { name: words[language].compare }).count()).toBe(0);
      const opened = await settled(board.id);
      expect(opened).toMatchObject({ overlaps: [], overflowing: [], brokenWords: [] });

      const known = new Set((await exported(board.id)).nodes.map((node) => node.id));
      await add.getByRole('button', { name: words[language].folder, exact: true }).click();
      await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length === count + 1, opened.nodes);
      let created: Exported['nodes'][number] | undefined;
      await expect.poll(async () => (created = (await exported(board.id)).nodes.find((node) => !known.has(node.id)))?.type).toBe('mappe');
      // It hangs in the tree: the top folder holds it.
      expect((await exported(board.id)).edges.some((edge) => edge.type === 'inneholder' && edge.source === 'rom' && edge.target === created!.id)).toBe(true);

      await views.getByRole('button', { name: 'Tabell', exact: true }).click();
      await page.getByRole('heading', { level: 2, name: words[language].structure }).waitFor();
      await page.getByRole('rowheader', { name: 'Plansaker', exact: true }).waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('a generated map of 120 actors opens with no overlaps, and "Ordne automatisk" keeps it so and keeps a hand-placed actor', async () => {
    await setLanguage('nb');
    const board = (await api.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Stort aktørkart', kind: 'diagram' })).body
      .board;
    const long = [
      'Planadministrasjonen',
      'Fylkeskommunens samferdselsavdeling',
      'Statens vegvesen, region sør',
      'Interkommunalt politisk råd',
      'Naturvernforbundet i Agder',
      'Grunneierlaget i Øvre Kvinesdal',
    ];
    const nodes: unknown[] = actorCategories.map((category, index) => ({
      id: `gruppe-${category}`,
      type: 'gruppe',
      position: { x: index * 300, y: 0 },
      size: { width: 260, height: 400 },
      data: { label: `Gruppe ${category}` },
    }));
    for (let n = 0; n < 120; n++) {
      const category = actorCategories[n % 4]!;
      // Packed far too tight on purpose: a map like this must still open readable.
      nodes.push({
        id: `aktor-${n}`,
        type: 'aktor',
        parentId: `gruppe-${category}`,
        position: { x: 30, y: 60 + Math.floor(n / 4) * 12 },
        data: {
          name: `${long[n % long.length]} ${n}`,
          category,
          role: n % 3 === 0 ? 'Høringsinstans som kan fremme innsigelse' : '',
          interest: (n % 5) + 1,
          influence: ((n * 3) % 5) + 1,
        },
      });
    }
    const edges = Array.from({ length: 60 }, (_, n) => ({
      id: `r${n}`,
      type: 'relasjon',
      source: `aktor-${n}`,
      target: `aktor-${(n * 7 + 3) % 120}`,
      data: { relation: 'samarbeider-med' },
    }));
    const imported = await api.request(`/boards/${board.id}/diagram/import`, 'POST', {
      format: 'json',
      document: { format: 'planrom-diagram', version: 1, diagramType: 'aktorkart', nodes, edges },
    });
    expect(imported.status).toBe(200);

    await openBoard(board.id, 'nb');
    await page.getByText(words.nb.laidOut).waitFor({ timeout: 30_000 });
    const opened = await settled(board.id);
    expect(opened.nodes).toBe(124);
    expect(opened).toMatchObject({ overlaps: [], overflowing: [], brokenWords: [] });

    // Move one actor by hand (keyboard), then arrange: it stays where the person put it.
    const moved = page.locator('.react-flow__node[data-id="aktor-5"]');
    await moved.click();
    for (let press = 0; press < 6; press++) await page.keyboard.press('ArrowDown');
    let byHand: Exported['nodes'][number] | undefined;
    await expect.poll(async () => (byHand = (await exported(board.id)).nodes.find((node) => node.id === 'aktor-5'))?.pinned).toBe(true);
    await page.keyboard.press('Escape');
    const arranged = await arrange(board.id, 'nb');
    expect(arranged.overlaps.filter((pair) => !pair.includes('aktor-5'))).toEqual([]);
    expect(arranged).toMatchObject({ overflowing: [], brokenWords: [] });
    const after = await exported(board.id);
    expect(after.nodes.find((node) => node.id === 'aktor-5')!.position).toEqual(byHand!.position);
    expect(after.nodes.filter((node) => node.type === 'gruppe')).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('a new actor of each category lands in its category’s group, and no second group appears', async () => {
    await setLanguage('nb');
    const board = await fromTemplate('regionens-aktorkart');
    const labels = (getTemplate('regionens-aktorkart').variants[0]!.content as { categoryLabels: Record<ActorCategory, { nb: string }> }).categoryLabels;
    const categoryName: Record<ActorCategory, string> = { internt: 'Internt i kommunen', regionalt: 'Regionalt', statlig: 'Statlig', eksternt: 'Eksternt' };
    await openBoard(board.id, 'nb');
    await settled(board.id);
    const views = page.getByRole('group', { name: 'Visning', exact: true });
    for (const category of actorCategories) {
      const name = `Ny aktør i ${categoryName[category]}`;
      await views.getByRole('button', { name: 'Tabell', exact: true }).click();
      await page.getByRole('button', { name: 'Legg til aktør' }).click();
      const dialog = page.getByRole('dialog', { name: 'Legg til aktør' });
      await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
      await dialog.getByRole('combobox', { name: 'Kategori' }).selectOption({ label: categoryName[category] });
      await dialog.getByRole('button', { name: 'Legg til' }).click();
      await views.getByRole('button', { name: 'Diagram', exact: true }).click();
      const node = page.locator('.react-flow__node').filter({ has: page.getByText(name, { exact: true }) });
      await node.waitFor();
      const group = page.locator('.react-flow__node-gruppe').filter({ has: page.getByText(labels[category].nb, { exact: true }) });
      expect(await group.count()).toBe(1);
      const [inner, outer] = [await node.boundingBox(), await group.boundingBox()];
      expect(inner!.x).toBeGreaterThanOrEqual(outer!.x);
      expect(inner!.y).toBeGreaterThanOrEqual(outer!.y);
      expect(inner!.x + inner!.width).toBeLessThanOrEqual(outer!.x + outer!.width + 1);
      expect(inner!.y + inner!.height).toBeLessThanOrEqual(outer!.y + outer!.height + 1);
      // No band or group with the category's name besides its group.
      expect(await page.locator('.diagram-band__label').filter({ hasText: categoryName[category] }).count()).toBe(0);
    }
    const measured = await settled(board.id);
    expect(measured).toMatchObject({ overlaps: [], overflowing: [], brokenWords: [] });
    const document = await exported(board.id);
    expect(document.nodes.filter((node) => node.type === 'gruppe')).toHaveLength(4);
    expect(errors).toEqual([]);
  });

  it('a new actor’s name is selected in its field, so what the planner types names it', async () => {
    await setLanguage('nb');
    const board = await fromTemplate('regionens-aktorkart');
    await openBoard(board.id, 'nb');
    const known = new Set((await exported(board.id)).nodes.map((node) => node.id));
    await page.locator('.diagram-toolbar').getByRole('button', { name: words.nb.actor, exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Navn', exact: true });
    await expect.poll(() => name.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('Kystverket');
    expect(await name.inputValue()).toBe('Kystverket');
    await expect.poll(async () => (await exported(board.id)).nodes.filter((node) => !known.has(node.id)).map((node) => node.data.name)).toEqual(['Kystverket']);
    expect(errors).toEqual([]);
  });

  it('a municipality variant filled with one click equals the common practice', async () => {
    await setLanguage('nb');
    const board = await fromTemplate('en-felles-planprosess', 'detaljregulering');
    await openBoard(board.id, 'nb');
    const member = municipalities[0]!.name;
    const variants = page.getByRole('combobox', { name: 'Variant av prosessen' });
    // The common practice is named once ("Felles praksis", not "Felles praksis (felles)").
    expect((await variants.locator('option').allTextContents())[0]).toBe('Felles praksis');
    await variants.selectOption({ label: member });
    await page.getByRole('button', { name: 'Start fra felles praksis' }).click();
    await page.getByText(`Varianten for ${member} har nå alt fra felles praksis.`, { exact: false }).waitFor();
    const summary = (document: Exported, variantId: string) => ({
      steps: document.nodes
        .filter((node) => node.variantId === variantId && (node.type === 'prosessteg' || node.type === 'avklaringspunkt'))
        .map((node) =>
          JSON.stringify([
            node.type,
            node.data.title ?? node.data.question,
            node.data.phase,
            node.data.lane,
            node.data.legalRef ?? '',
            node.data.deadline ?? '',
            node.data.decidedBy ?? '',
          ]),
        )
        .sort(),
      edges: document.edges.filter((edge) => edge.variantId === variantId).length,
    });
    const document = await exported(board.id);
    const common = document.variants.find((variant) => variant.isCommon)!;
    const variant = document.variants.find((candidate) => candidate.name === member)!;
    expect(summary(document, variant.id)).toEqual(summary(document, common.id));
    expect(summary(document, common.id).steps.length).toBeGreaterThan(20);

    // The compare view agrees, and the button is gone now that the variant has content.
    await page.getByRole('group', { name: 'Visning', exact: true }).getByRole('button', { name: 'Sammenlign varianter' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /\d+ like, 0 ulike, 0 mangler, 0 i tillegg\./ })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Start fra felles praksis' }).count()).toBe(0);
    // The whole column has nothing left to take across.
    await page.getByRole('button', { name: `Kopier hele felles praksis til ${member}` }).click();
    await page.getByText('Kolonnene er like. Det er ingenting å ta inn.').waitFor();

    // Someone changes a step of the common practice; "Oppdater fra felles praksis" shows it and takes it in.
    const changed = structuredClone(document);
    const step = changed.nodes.find((node) => node.variantId === common.id && node.data.title === 'Planinitiativ')!;
    step.data.title = 'Planinitiativ med skisse';
    expect((await api.request(`/boards/${board.id}/diagram/import`, 'POST', { format: 'json', document: changed })).status).toBe(200);
    await page.getByRole('button', { name: 'Oppdater fra felles praksis' }).click();
    const dialog = page.getByRole('dialog', { name: `Oppdater ${member} fra felles praksis` });
    await dialog.getByRole('checkbox', { name: /«Planinitiativ med skisse»/ }).waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Ta inn én endring' }).click();
    await expect
      .poll(async () => (await exported(board.id)).nodes.some((node) => node.variantId === variant.id && node.data.title === 'Planinitiativ med skisse'))
      .toBe(true);
    const final = await exported(board.id);
    expect(summary(final, variant.id)).toEqual(summary(final, common.id));
    expect(errors).toEqual([]);
  });
  it('a board from a template gets a name of its own and can be renamed at once; the path tells example-only worksheets apart', async () => {
    await setLanguage('nb');
    const title = getTemplate('regionens-aktorkart').texts.nb.title;
    await page.goto(`${server.url}/samarbeid/${regionId}/maler`);
    await page
      .locator('#mal-regionens-aktorkart')
      .getByRole('button', { name: `Lag tavle fra malen «${title}»` })
      .click();
    await page.waitForURL(/\/tavler\//);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.filter({ hasText: new RegExp(`^${title} \\d+$`) }).waitFor();
    const numbered = (await heading.textContent())!;
    await page.getByText(`Den nye tavla heter «${numbered}».`).waitFor();
    // Said once: no toast beside the notice saying the board is made.
    expect(await page.getByText(`«${numbered}» er laget`).count()).toBe(0);
    await page.getByRole('button', { name: 'Gi den et annet navn' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gi tavla nytt navn' });
    await dialog.getByRole('textbox', { name: 'Nytt navn' }).fill('Aktørkart for Lister 2026');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktørkart for Lister 2026', exact: true }).waitFor();
    // Opened again (reloaded), the board is no longer new.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Aktørkart for Lister 2026', exact: true }).waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.getByText('Den nye tavla heter', { exact: false }).count()).toBe(0);

    // The path: a worksheet with only the demo's example board is not "started".
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    const rules = page
      .locator('.toolkit-path > li')
      .filter({ has: page.getByRole('heading', { level: 3, name: getTemplate('spilleregler-for-samarbeidet').texts.nb.title }) });
    await rules.getByText('Bare eksempel, ikke startet', { exact: true }).waitFor();
    const map = page.locator('.toolkit-path > li').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
    await map.getByText('Startet', { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});

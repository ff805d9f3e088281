import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import type { Language } from '../shared/schemas/language';
import { getTemplate } from '../shared/templates/build-template';
import {
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  startTestServer,
  type TestServer,
  openBoardMenu,
} from './support/index';

const words = {
  nb: {
    item: 'Hva på tavla gjelder det?',
    text: 'Hva ble vedtatt eller avtalt?',
    agreedBy: 'Hvem ble enige?',
    mark: 'Marker som vedtak',
    saved: 'Vedtaket er lagret.',
    dialog: 'Vedtak og enighet på tavla',
    region: 'Vedtak og enighet',
    path: 'Se vedtaket fra dette arket',
    close: 'Lukk',
  },
  nn: {
    item: 'Kva på tavla gjeld det?',
    text: 'Kva vart vedteke eller avtalt?',
    agreedBy: 'Kven vart samde?',
    mark: 'Marker som vedtak',
    saved: 'Vedtaket er lagra.',
    dialog: 'Vedtak og semje på tavla',
    region: 'Vedtak og semje',
    path: 'Sjå vedtaket frå dette arket',
    close: 'Lukk',
  },
} as const;

describe.skipIf(!chromiumPath)('decisions on boards in the browser', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv, demo: false });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await loginAs(page, server);
  });
  beforeEach(() => {
    errors.length = 0;
    onTestFailed(() => console.error(`Planrom's log:\n${server.output()}`));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.dispose();
  });

  /** Opens "Vedtak" on the board and marks the item labelled `item` (or the first one) as a decision. */
  async function markDecision(language: Language, item: string | null, text: string, agreedBy: string) {
    const w = words[language];
    await (await openBoardMenu(page)).getByRole('button', { name: /^Vedtak/ }).click();
    const dialog = page.getByRole('dialog', { name: w.dialog });
    const select = dialog.getByRole('combobox', { name: w.item });
    if (item) await select.selectOption({ label: item });
    else await select.selectOption({ index: 1 });
    await dialog.getByRole('textbox', { name: w.text }).fill(text);
    await dialog.getByRole('textbox', { name: w.agreedBy }).fill(agreedBy);
    await dialog.getByRole('button', { name: w.mark }).click();
    await page.getByText(w.saved).first().waitFor();
    await dialog.getByText(text, { exact: true }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await dialog.getByRole('button', { name: w.close, exact: true }).click();
  }

  describe.each(['nb', 'nn'] as const)('in %s', (language: Language) => {
    const w = words[language];

    it('marks a decision on a canvas note and a diagram node; the region page lists them and the path links there', async () => {
      const regionId = (await adminApi.request('/regions', 'POST', { name: `Vedtak ${language}` })).body.region.id as string;
      await adminApi.request(`/regions/${regionId}`, 'PATCH', { language });
      const canvas = (await adminApi.request(`/regions/${regionId}/boards`, 'POST', { templateId: 'spilleregler-for-samarbeidet' })).body.board;
      const diagram = (await adminApi.request(`/regions/${regionId}/boards`, 'POST', { title: 'Aktører', kind: 'diagram' })).body.board;
      const imported = await adminApi.request(`/boards/${diagram.id}/diagram/import`, 'POST', {
        format: 'json',
        document: {
          format: 'planrom-diagram',
          version: 1,
          diagramType: 'aktorkart',
          nodes: [
            { id: 'a', type: 'aktor', position: { x: 0, y: 0 }, data: { name: 'Statsforvalteren', category: 'statlig' } },
            { id: 'b', type: 'aktor', position: { x: 300, y: 0 }, data: { name: 'Naboer', category: 'statlig' } },
          ],
          edges: [],
        },
      });
      expect(imported.status).toBe(200);

      await page.goto(`${server.url}/tavler/${canvas.id}`);
      await page.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
      await markDecision(language, null, 'Møtene starter presis', 'Alle kommunene');

      await page.goto(`${server.url}/tavler/${diagram.id}`);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
      await markDecision(language, 'Statsforvalteren', 'Statsforvalteren inviteres til planforum', 'Rådmannsutvalget');

      await page.goto(`${server.url}/samarbeid/${regionId}`);
      const list = page.getByRole('region', { name: w.region });
      await list.getByText('Statsforvalteren inviteres til planforum').waitFor();
      expect(await list.getByText('Møtene starter presis').count()).toBe(1);
      expect(await list.getByRole('link', { name: new RegExp(getTemplate('spilleregler-for-samarbeidet').texts[language].title) }).count()).toBe(1);
      await page.getByRole('link', { name: w.path }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('vedtak');
      expect(await checkAccessibility(page)).toEqual([]);
      expect(errors).toEqual([]);
    }, 120_000);
  });

  it("an incomplete decision gets Planrom's own messages by its fields, not the browser's bubble", async () => {
    const w = words.nb;
    const regionId = (await adminApi.request('/regions', 'POST', { name: 'Vedtak uten alt' })).body.region.id as string;
    const canvas = (await adminApi.request(`/regions/${regionId}/boards`, 'POST', { templateId: 'spilleregler-for-samarbeidet' })).body.board;
    await page.goto(`${server.url}/tavler/${canvas.id}`);
    await page.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    await (await openBoardMenu(page)).getByRole('button', { name: /^Vedtak/ }).click();
    const dialog = page.getByRole('dialog', { name: w.dialog });
    const select = dialog.getByRole('combobox', { name: w.item });
    await select.waitFor();
    await dialog.getByRole('button', { name: w.mark }).click();

    /** The text screen readers read with a field: the elements its aria-describedby names. */
    const description = (field: typeof select) =>
      field.evaluate((element) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' '),
      );
    await dialog.getByText('Velg hva på tavla vedtaket gjelder.').waitFor();
    expect(await description(select)).toContain('Velg hva på tavla vedtaket gjelder.');
    expect(await select.getAttribute('aria-invalid')).toBe('true');
    expect(await select.getAttribute('aria-required')).toBe('true');
    const text = dialog.getByRole('textbox', { name: w.text });
    expect(await description(text)).toContain('Fyll ut dette feltet.');
    expect(await description(dialog.getByRole('textbox', { name: w.agreedBy }))).toContain('Fyll ut dette feltet.');
    // Focus goes to the first field to fix.
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await checkAccessibility(page)).toEqual([]);

    // Fixing the fields one by one: the messages go as the decision is saved.
    await select.selectOption({ index: 1 });
    await text.fill('Vi møtes hver tredje uke');
    await dialog.getByRole('button', { name: w.mark }).click();
    expect(await description(text)).not.toContain('Fyll ut dette feltet.');
    const agreedBy = dialog.getByRole('textbox', { name: w.agreedBy });
    expect(await agreedBy.evaluate((element) => element === document.activeElement)).toBe(true);
    await agreedBy.fill('Alle kommunene');
    await dialog.getByRole('button', { name: w.mark }).click();
    await page.getByText(w.saved).first().waitFor();
    expect(errors).toEqual([]);
  }, 60_000);
});

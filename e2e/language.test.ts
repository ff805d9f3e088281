import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { admin, adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

describe.skipIf(!chromiumPath)('bokmål and nynorsk', () => {
  let server: TestServer;
  /** The administrator's API session, for setting up what the tests look at. */
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  async function api<T>(path: string, method = 'GET', json?: unknown): Promise<T> {
    const response = await adminApi.fetch(`${server.url}/api${path}`, {
      method,
      headers: json === undefined ? {} : { 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return (await response.json()) as T;
  }

  const htmlLang = () => page.evaluate(() => document.documentElement.lang);
  const languageButton = (name: 'Bokmål' | 'Nynorsk') => page.getByRole('group', { name: 'Språk' }).getByRole('button', { name, exact: true });

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    // A fresh context each time: no language remembered from an earlier test.
    context = await browser.newContext();
    page = await context.newPage();
    await loginAs(page, server);
  });

  afterEach(async () => {
    await context.close();
  });

  it('starts in bokmål and switches the whole interface to nynorsk', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true }).waitFor();
    expect(await htmlLang()).toBe('nb');
    expect(await languageButton('Bokmål').getAttribute('aria-pressed')).toBe('true');
    await page.getByText('Velg et regionalt plansamarbeid').waitFor();

    await languageButton('Nynorsk').click();
    await page.getByText('Vel eit regionalt plansamarbeid').waitFor();
    expect(await htmlLang()).toBe('nn');
    expect(await languageButton('Nynorsk').getAttribute('aria-pressed')).toBe('true');
    expect(await languageButton('Bokmål').getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('heading', { level: 2, name: 'Opprett eit nytt samarbeid' }).waitFor();
    await page.getByRole('textbox', { name: 'Namn på samarbeidet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Hopp til innhaldet' }).count()).toBe(1);

    // Remembered in this browser.
    await page.reload();
    await page.getByText('Vel eit regionalt plansamarbeid').waitFor();
    expect(await htmlLang()).toBe('nn');
  });

  it('shows counts and form errors in nynorsk too', async () => {
    await page.goto(server.url);
    await languageButton('Nynorsk').click();
    await page.getByText('6 kommunar').waitFor();

    await page.getByRole('button', { name: 'Opprett samarbeid' }).click();
    await page.getByText('Fyll ut dette feltet.').waitFor();

    await page.getByRole('link', { name: 'Lister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lister', exact: true }).waitFor();
    // The demo region's example boards are labelled in nynorsk.
    await page.getByText('Døme', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Kommunar i samarbeidet' }).waitFor();
    await page.getByRole('link', { name: 'Innstillingar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Innstillingar for Lister', exact: true }).waitFor();
    await page.getByRole('textbox', { name: 'Kommunenummer' }).fill('12');
    await page.getByRole('textbox', { name: 'Kommunenamn' }).fill('Testkommune');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await page.getByText('Kommunenummeret må ha fire siffer, til dømes 4206.').waitFor();
  });

  it("follows the region's own language until the person chooses one", async () => {
    const { region } = await api<{ region: { id: string } }>('/regions', 'POST', {
      name: 'Sunnfjord og Ytre Sogn',
      language: 'nn',
    });
    await page.goto(`${server.url}/samarbeid/${region.id}`);
    await page.getByRole('heading', { level: 1, name: 'Sunnfjord og Ytre Sogn', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Sjå arkiverte tavler' }).waitFor();
    expect(await htmlLang()).toBe('nn');

    // Back on the list of regions, no region decides: bokmål again.
    await page.getByRole('link', { name: 'Alle samarbeid' }).first().click();
    await page.getByText('Velg et regionalt plansamarbeid').waitFor();
    expect(await htmlLang()).toBe('nb');

    // The person's own choice wins over the region's.
    await languageButton('Bokmål').click();
    await page.goto(`${server.url}/samarbeid/${region.id}`);
    await page.getByRole('link', { name: 'Se arkiverte tavler' }).waitFor();
    expect(await htmlLang()).toBe('nb');
  });

  it('writes when a board was changed in the chosen language', async () => {
    const { region } = await api<{ region: { id: string } }>('/regions', 'POST', { name: 'Datoprøve' });
    await api(`/regions/${region.id}/boards`, 'POST', { title: 'Ny plan', kind: 'canvas' });
    await page.goto(`${server.url}/samarbeid/${region.id}`);
    // Boards now carry who changed them (the administrator made this one through the API).
    await page.getByText(`Sist endret akkurat nå av ${admin.name}`, { exact: true }).waitFor();
    await languageButton('Nynorsk').click();
    // Exact text: a browser without nynorsk locale data must not slip in English ("now").
    await page.getByText(`Sist endra akkurat no av ${admin.name}`, { exact: true }).waitFor();
    await page.getByText('Lerret', { exact: true }).waitFor();
  });

  it('says "not found" in nynorsk as well', async () => {
    await page.goto(server.url);
    await languageButton('Nynorsk').click();
    await page.goto(`${server.url}/finst-ikkje`);
    await page.getByRole('heading', { level: 1, name: 'Fann ikkje sida', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Gå til framsida' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true }).waitFor();
  });
});

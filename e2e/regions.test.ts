import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminEnv, ApiSession, checkAccessibility, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

interface RegionBody {
  region: { id: string; name: string; description: string; language: string; municipalities: { name: string }[] };
}

describe.skipIf(!chromiumPath)('regions and their settings', () => {
  let server: TestServer;
  /** The administrator's API session, for setting up what the tests look at. */
  let adminApi: ApiSession;
  let browser: Browser;
  let page: Page;

  async function api<T>(path: string, method = 'GET', json?: unknown): Promise<T> {
    const response = await adminApi.fetch(`${server.url}/api${path}`, {
      method,
      headers: json === undefined ? {} : { 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return (await response.json()) as T;
  }

  const status = (text: string) => page.getByRole('status').filter({ hasText: text });

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
    page = await browser.newPage();
    await loginAs(page, server);
  });

  afterEach(async () => {
    await page.close();
  });

  it('lists the regions as links with what they hold', async () => {
    await page.goto(server.url);
    const lister = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lister' }) });
    await lister.waitFor();
    expect(await lister.textContent()).toContain('6 kommuner');
    // The demo region starts with an example board for each worksheet of the guide.
    expect(await lister.textContent()).toContain('8 tavler');
  });

  it('creates a region and opens it', async () => {
    await page.goto(server.url);
    await page.getByRole('textbox', { name: 'Navn på samarbeidet' }).fill('Vestlandsrådet');
    await page.getByRole('textbox', { name: /Kort beskrivelse/ }).fill('Felles plan for tre kommuner.');
    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    await page.getByRole('button', { name: 'Opprett samarbeid' }).click();

    // The new region is in nynorsk, so its pages speak nynorsk until the person chooses otherwise.
    await page.getByRole('heading', { level: 1, name: 'Vestlandsrådet', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Ingen tavler enno' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    await page.getByText('Felles plan for tre kommuner.').waitFor();
  });

  it('edits the name, description and language of a region', async () => {
    const { region } = await api<RegionBody>('/regions', 'POST', { name: 'Gammelt navn' });
    await page.goto(`${server.url}/samarbeid/${region.id}/innstillinger`);
    await page.getByRole('heading', { level: 1, name: 'Innstillinger for Gammelt navn', exact: true }).waitFor();

    const name = page.getByRole('textbox', { name: 'Navn på samarbeidet' });
    await name.fill('');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByText('Fyll ut dette feltet.').waitFor();

    await name.fill('Nytt navn');
    await page.getByRole('textbox', { name: /Kort beskrivelse/ }).fill('Vi lager en felles planstrategi.');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await status('Endringene er lagret.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Innstillinger for Nytt navn', exact: true }).waitFor();
    const saved = (await api<RegionBody>(`/regions/${region.id}`)).region;
    expect(saved).toMatchObject({ name: 'Nytt navn', description: 'Vi lager en felles planstrategi.', language: 'nb' });

    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    // The region now speaks nynorsk, and so does its settings page and the message that it saved.
    await page.getByRole('heading', { level: 1, name: 'Innstillingar for Nytt navn', exact: true }).waitFor();
    await status('Endringane er lagra.').waitFor();
    expect(await status('Endringene er lagret.').count()).toBe(0);
    expect((await api<RegionBody>(`/regions/${region.id}`)).region.language).toBe('nn');
  });

  it('adds and removes municipalities, explaining what is wrong in plain words', async () => {
    const { region } = await api<RegionBody>('/regions', 'POST', { name: 'Kommuneprøve' });
    await page.goto(`${server.url}/samarbeid/${region.id}/innstillinger`);
    const name = page.getByRole('textbox', { name: 'Kommunenavn' });
    const number = page.getByRole('textbox', { name: 'Kommunenummer' });
    const add = page.getByRole('button', { name: 'Legg til kommune' });

    await name.fill('Farsund');
    await number.fill('4206');
    await add.click();
    await status('Farsund er lagt til i samarbeidet.').waitFor();
    await page.getByRole('button', { name: 'Fjern Farsund' }).waitFor();
    // The form is emptied and ready for the next one.
    expect(await name.inputValue()).toBe('');

    // A county number that does not exist is caught in the browser.
    await name.fill('Ukjent');
    await number.fill('9906');
    await add.click();
    await page.getByText('Kommunenummeret må begynne med et fylkesnummer som finnes').waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');

    // A duplicate is refused by the server (409); the message says why, next to the number.
    await name.fill('Farsund igjen');
    await number.fill('4206');
    await add.click();
    await page.getByText('Denne kommunen er allerede med i samarbeidet.').waitFor();
    expect(await number.getAttribute('aria-invalid')).toBe('true');
    expect(await number.evaluate((input) => input === document.activeElement)).toBe(true);

    // Removing asks first, as removing a person does; Enter right away only cancels.
    await page.getByRole('button', { name: 'Fjern Farsund' }).click();
    const confirm = page.getByRole('dialog', { name: 'Fjerne Farsund fra samarbeidet?' });
    await confirm.waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'hidden' });
    expect((await api<RegionBody>(`/regions/${region.id}`)).region.municipalities).toHaveLength(1);
    await page.getByRole('button', { name: 'Fjern Farsund' }).click();
    await confirm.getByRole('button', { name: 'Ja, fjern' }).click();
    await status('Farsund er fjernet fra samarbeidet.').waitFor();
    await confirm.waitFor({ state: 'hidden' });
    await page.getByText('Ingen kommuner er lagt til ennå.').waitFor();
    expect((await api<RegionBody>(`/regions/${region.id}`)).region.municipalities).toEqual([]);
  });

  it('shows a helpful page for a region that does not exist', async () => {
    await page.goto(`${server.url}/samarbeid/00000000-0000-4000-8000-000000000000/innstillinger`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke samarbeidet', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Gå til forsiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true }).waitFor();
  });

  it('says what went wrong and offers to try again when the server cannot be reached', async () => {
    await page.route('**/api/regions', (route) => route.abort('connectionrefused'));
    await page.goto(server.url);
    await page.getByText('Fikk ikke kontakt med Planrom.').waitFor({ timeout: 20_000 });
    await page.unroute('**/api/regions');
    await page.getByRole('button', { name: 'Prøv igjen' }).click();
    await page.getByRole('link', { name: 'Lister' }).waitFor();
  });
});

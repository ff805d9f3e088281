import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { admin, adminEnv, ApiSession, checkAccessibility, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

const heading1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

/** What every page must have: one h1, a banner, a main landmark and no axe findings. */
async function expectAccessiblePage(page: Page, heading: string) {
  await heading1(page, heading);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  expect(await page.getByRole('banner').count()).toBe(1);
  expect(await page.getByRole('main').count()).toBe(1);
  expect(await checkAccessibility(page)).toEqual([]);
}

describe.skipIf(!chromiumPath)('logging in, and the account page', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let listerId: string;

  /** A member of Lister, made through an invitation. */
  async function newMember(name: string, email: string) {
    const invitation = await adminApi.request(`/regions/${listerId}/invitations`, 'POST', { role: 'medlem' });
    const token = String(invitation.body.invitation.path).split('/').pop();
    const password = 'et-langt-passord';
    const registration = new ApiSession(server);
    await registration.request(`/invitations/by-token/${token}/register`, 'POST', { email, displayName: name, password });
    // Registering logs in; that session is not one the tests look at.
    await registration.request('/auth/logout', 'POST');
    return { email, password, name };
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    listerId = (await adminApi.request('/regions')).body.regions[0].id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  it('sends someone who is not logged in to the log-in page, and back to where they were', async () => {
    await page.goto(`${server.url}/samarbeid/${listerId}/arkiv`);
    await heading1(page, 'Logg inn');
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    await page.getByText('Du må logge inn for å se siden du prøvde å åpne.').waitFor();
    await expectAccessiblePage(page, 'Logg inn');

    // Empty fields are caught before anything is sent.
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Fyll ut dette feltet.').waitFor();
    expect(await page.getByRole('textbox', { name: 'E-postadresse' }).getAttribute('aria-invalid')).toBe('true');

    // A wrong password is told plainly, without saying which of the two was wrong.
    await page.getByRole('textbox', { name: 'E-postadresse' }).fill(admin.email);
    await page.getByLabel('Passord').fill('feil passord her');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('alert').filter({ hasText: 'E-postadressen eller passordet er feil.' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByLabel('Passord').fill(admin.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading1(page, 'Arkiverte tavler');
    expect(new URL(page.url()).pathname).toBe(`/samarbeid/${listerId}/arkiv`);
    await page.getByText(`Logget inn som ${admin.name}`).waitFor();
  });

  it('when the session ends while someone works, the next request leads to the log-in page and back', async () => {
    const member = await newMember('Sofie Sesjon', 'sofie@farsund.kommune.no');
    const board = await adminApi.request(`/regions/${listerId}/boards`, 'POST', { title: 'Kystsoneplan', kind: 'canvas' });
    await loginAs(page, server, member);
    await page.goto(`${server.url}/samarbeid/${listerId}`);
    await page.getByRole('link', { name: 'Kystsoneplan' }).waitFor();

    // Logged out everywhere from another device.
    const elsewhere = await ApiSession.login(server, member);
    expect((await elsewhere.request('/account/sessions/end-all', 'POST')).status).toBe(200);

    await page.getByRole('link', { name: 'Kystsoneplan' }).click();
    await heading1(page, 'Logg inn');
    expect(new URL(page.url()).searchParams.get('neste')).toBe(`/tavler/${board.body.board.id}`);
    await page.getByRole('textbox', { name: 'E-postadresse' }).fill(member.email);
    await page.getByLabel('Passord').fill(member.password);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading1(page, 'Kystsoneplan');
  });

  it('says how long to wait after too many wrong passwords', async () => {
    await page.goto(`${server.url}/logg-inn`);
    await heading1(page, 'Logg inn');
    await page.getByText('Logg inn med e-postadressen og passordet ditt.').waitFor();
    await page.getByRole('textbox', { name: 'E-postadresse' }).fill('glemsk@kommune.test');
    const password = page.getByLabel('Passord');
    const message = page.getByRole('alert');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await password.fill(`feil passord ${attempt}`);
      await page.getByRole('button', { name: 'Logg inn' }).click();
      await message.filter({ hasText: 'E-postadressen eller passordet er feil.' }).waitFor();
      // Clear the message, so the next answer is the one we wait for.
      await page.evaluate(() => document.querySelector('[role="alert"]')?.replaceChildren());
    }
    await password.fill('feil passord 6');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await message.filter({ hasText: /Du har prøvd for mange ganger\. Vent 15 minutter og prøv igjen/ }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('logs out from the header', async () => {
    await loginAs(page, server);
    await page.goto(server.url);
    await heading1(page, 'Samarbeid');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await heading1(page, 'Logg inn');
    await page.getByRole('status').filter({ hasText: 'Du er logget ut.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    // Really logged out: the API says so too.
    expect((await page.request.get(`${server.url}/api/regions`)).status()).toBe(401);
    await page.goto(`${server.url}/konto`);
    await heading1(page, 'Logg inn');
  });

  it('the account page: name, municipality, password and where the account is logged in', async () => {
    const member = await newMember('Marte Medlem', 'marte@lyngdal.kommune.no');
    // Logged in somewhere else too (another browser).
    const elsewhere = await ApiSession.login(server, member);
    await loginAs(page, server, member);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Min konto' }).click();
    await expectAccessiblePage(page, 'Kontoen din');
    await page.getByText('marte@lyngdal.kommune.no').waitFor();

    // Name and municipality; the header follows the new name.
    await page.getByRole('textbox', { name: 'Navn' }).fill('Marte Kvinlaug');
    await page.getByRole('textbox', { name: /Kommune/ }).fill('Lyngdal');
    await page.getByRole('button', { name: 'Lagre endringer' }).click();
    await page.getByRole('status').filter({ hasText: 'Endringene er lagret.' }).waitFor();
    await page.getByText('Logget inn som Marte Kvinlaug').waitFor();

    // Two sessions: this browser is marked; the other can be logged out.
    const sessions = page.getByRole('list', { name: 'Her er du logget inn' }).getByRole('listitem');
    await page.waitForFunction(() => document.querySelectorAll('[aria-labelledby="sessions-heading"] > li').length === 2);
    const current = sessions.filter({ hasText: 'Denne enheten' });
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toContain('Chrome på Linux');
    const other = sessions.filter({ hasNotText: 'Denne enheten' });
    expect(await other.textContent()).toContain('Ukjent nettleser');
    await other.getByRole('button', { name: /^Logg ut Ukjent nettleser, sist brukt/ }).click();
    await page.getByRole('status').filter({ hasText: 'Ukjent nettleser er logget ut.' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[aria-labelledby="sessions-heading"] > li').length === 1);
    expect((await elsewhere.request('/regions')).status).toBe(401);

    // A wrong current password is pointed out at its field.
    await page.getByLabel('Nåværende passord').fill('ikke mitt passord');
    await page.getByLabel('Nytt passord').fill('et nytt og langt passord');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await page.getByText('Det nåværende passordet er feil.').waitFor();
    expect(await page.getByLabel('Nåværende passord').getAttribute('aria-invalid')).toBe('true');
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByLabel('Nåværende passord').fill(member.password);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await page.getByRole('status').filter({ hasText: 'Passordet er byttet.' }).waitFor();

    // "Logg ut på alle enheter" ends this session too.
    await page.getByRole('button', { name: 'Logg ut på alle enheter' }).click();
    await heading1(page, 'Logg inn');
    await page.getByRole('status').filter({ hasText: 'Du er logget ut på alle enheter.' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect((await page.request.get(`${server.url}/api/account/sessions`)).status()).toBe(401);

    // The new password works.
    await page.getByRole('textbox', { name: 'E-postadresse' }).fill(member.email);
    await page.getByLabel('Passord').fill('et nytt og langt passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading1(page, 'Samarbeid');
  }, 90_000);

  it('the account page in nynorsk', async () => {
    await loginAs(page, server);
    await page.goto(`${server.url}/konto`);
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await expectAccessiblePage(page, 'Kontoen din');
    await page.getByRole('heading', { name: 'Namn og kommune' }).waitFor();
    await page.getByRole('button', { name: 'Logg ut på alle einingar' }).waitFor();
    await page.getByText('Du er administrator for Planrom.', { exact: false }).waitFor();
  });
});

describe.skipIf(!chromiumPath)('the one-time set-up of a fresh instance', () => {
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    // No PLANROM_ADMIN_* here: the server prints a set-up link instead.
    server = await startTestServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('creates the administrator from the printed link, once', async () => {
    const printed = /(http:\/\/\S+\/oppsett#kode=[A-Za-z0-9_-]+)/.exec(server.output())?.[1];
    expect(printed).toBeDefined();
    const token = printed!.split('#kode=')[1];

    const context = await browser.newContext();
    const page = await context.newPage();
    // Without an administrator, every way in leads to the set-up page.
    await page.goto(server.url);
    await heading1(page, 'Sett opp Planrom');
    await page.goto(`${server.url}/logg-inn`);
    await page.getByRole('link', { name: 'Sett opp Planrom' }).click();
    await heading1(page, 'Sett opp Planrom');
    expect(await page.getByRole('textbox', { name: 'Oppsettskode' }).inputValue()).toBe('');

    // The printed link fills in the code, and the code leaves the address bar.
    await page.goto(printed!);
    await expectAccessiblePage(page, 'Sett opp Planrom');
    expect(await page.getByRole('textbox', { name: 'Oppsettskode' }).inputValue()).toBe(token);
    await page.waitForFunction(() => window.location.hash === '');

    await page.getByRole('button', { name: 'Lag administratorkonto' }).click();
    await page.getByText('Fyll ut dette feltet.').first().waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    // A wrong code is pointed out at its field.
    await page.getByRole('textbox', { name: 'Oppsettskode' }).fill('feil-kode');
    await page.getByRole('textbox', { name: 'E-postadresse' }).fill('it@lister.no');
    await page.getByRole('textbox', { name: 'Navn' }).fill('Ivar IT');
    await page.getByLabel('Passord').fill('et langt passord for admin');
    await page.getByRole('button', { name: 'Lag administratorkonto' }).click();
    await page.getByText('Koden stemmer ikke. Kopier den på nytt fra serverloggen.').waitFor();

    await page.getByRole('textbox', { name: 'Oppsettskode' }).fill(token!);
    await page.getByRole('button', { name: 'Lag administratorkonto' }).click();
    await heading1(page, 'Samarbeid');
    await page.getByRole('status').filter({ hasText: 'Planrom er satt opp.' }).waitFor();
    await page.getByText('Logget inn som Ivar IT').waitFor();
    // The administrator creates regions, and is coordinator of the demo region.
    await page.getByRole('heading', { name: 'Opprett et nytt samarbeid' }).waitFor();
    await page.getByRole('link', { name: 'Lister' }).waitFor();
    await context.close();

    // Done once: the page now says so and points to the log-in.
    const later = await browser.newPage();
    await later.goto(printed!);
    await expectAccessiblePage(later, 'Planrom er allerede satt opp');
    await later.getByRole('link', { name: 'Gå til innlogging' }).click();
    await heading1(later, 'Logg inn');
    await later.close();
  }, 90_000);
});

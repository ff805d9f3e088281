import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminEnv,
  allowClipboard,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  startTestServer,
  type Credentials,
  type TestServer,
  boardAction,
  controlsOutOfPlace,
  textCutShort,
} from './support/index';

type Role = 'koordinator' | 'medlem' | 'observator';

describe.skipIf(!chromiumPath)('access: invitations, roles and share links, as people see them', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  /** Every context a test opens, closed after it. */
  let contexts: BrowserContext[];
  let listerId: string;
  let agderId: string;
  let people = 0;

  async function newPage(): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    await allowClipboard(context, server);
    return context.newPage();
  }

  /** Someone who joined a region with a role through an invitation (made through the API). */
  async function newPerson(regionId: string, role: Role, name: string): Promise<Credentials & { name: string }> {
    people += 1;
    const invitation = await adminApi.request(`/regions/${regionId}/invitations`, 'POST', { role });
    const token = String(invitation.body.invitation.path).split('/').pop();
    const email = `person${people}@kommune.test`;
    const password = 'et-langt-passord';
    const registered = await new ApiSession(server).request(`/invitations/by-token/${token}/register`, 'POST', {
      email,
      displayName: name,
      password,
    });
    expect(registered.status).toBe(201);
    return { email, password, name };
  }

  async function createBoard(title: string) {
    return (await adminApi.request(`/regions/${listerId}/boards`, 'POST', { title, kind: 'canvas' })).body.board.id as string;
  }

  const heading1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    listerId = await adminApi.demoRegionId();
    agderId = (await adminApi.request('/regions', 'POST', { name: 'Agder samarbeid' })).body.region.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(() => {
    contexts = [];
  });

  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
  });

  it('a coordinator invites a new person, who creates an account, joins and sees only that region', async () => {
    const coordinator = await newPerson(listerId, 'koordinator', 'Kari Koordinator');
    const page = await newPage();
    await loginAs(page, server, coordinator);
    await page.goto(`${server.url}/samarbeid/${listerId}`);
    await heading1(page, 'Lister');
    // Coordinators find the members page in the region's navigation.
    await page.getByRole('navigation', { name: 'Sider i samarbeidet' }).getByRole('link', { name: 'Medlemmer' }).click();
    await heading1(page, 'Medlemmer i Lister');
    await page.getByRole('heading', { name: 'Kari Koordinator (deg)' }).waitFor();

    // Make an invitation for a member, valid for 14 days.
    await page.getByRole('radio', { name: 'Medlem' }).check();
    await page.getByRole('combobox', { name: 'Lenken virker i' }).selectOption({ label: '14 dager' });
    await page.getByRole('button', { name: 'Lag invitasjonslenke' }).click();
    const created = page.getByRole('region', { name: 'Invitasjonslenken er klar' });
    await created.waitFor();
    // Focus moves to the new link, so keyboard and screen-reader users find it.
    expect(await focusedText(page)).toBe('Invitasjonslenken er klar');
    const link = (await created.locator('code').textContent())!.trim();
    expect(link).toMatch(new RegExp(`^${server.url}/invitasjon/[A-Za-z0-9_-]+$`));

    // "Kopier lenke" really copies, and says so next to the button.
    await created.getByRole('button', { name: 'Kopier lenke: invitasjon som medlem' }).click();
    await created.getByRole('status').filter({ hasText: 'Lenken er kopiert.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    // The list shows it as active, with the role and who made it.
    const listed = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Invitasjon som medlem' }) });
    expect(await listed.textContent()).toContain('Aktiv');
    expect(await listed.textContent()).toContain('Laget av Kari Koordinator');

    // The invitee, in a browser of their own, opens the link and creates an account.
    const invitee = await newPage();
    await invitee.goto(link);
    await heading1(invitee, 'Invitasjon til Lister');
    await invitee.getByText('Du er invitert til å bli med i Lister som medlem.').waitFor();
    await invitee.getByRole('button', { name: 'Lag konto og bli med' }).click();
    await invitee.getByText('Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.').waitFor();
    await invitee.getByRole('textbox', { name: 'E-postadresse' }).fill('nina.ny@flekkefjord.kommune.no');
    await invitee.getByRole('textbox', { name: 'Navn' }).fill('Nina Ny');
    await invitee.getByRole('textbox', { name: /Kommune/ }).fill('Flekkefjord');
    await invitee.getByLabel('Passord').fill('kort');
    await invitee.getByRole('button', { name: 'Lag konto og bli med' }).click();
    await invitee.getByText('Passordet må ha minst 10 tegn.').waitFor();
    await invitee.getByLabel('Passord').fill('et passord jeg husker');
    await invitee.getByRole('button', { name: 'Lag konto og bli med' }).click();

    // Joined: the region opens, and the header says who is signed in.
    await heading1(invitee, 'Lister');
    await invitee.getByRole('status').filter({ hasText: 'Velkommen! Du er nå med i Lister.' }).waitFor();
    await invitee.getByText('Logget inn som Nina Ny').waitFor();
    // A member makes boards.
    await invitee.getByRole('button', { name: 'Ny tavle' }).waitFor();

    // Only that region: not the other one, no region switcher, no way to create regions.
    await invitee.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Alle samarbeid' }).click();
    await heading1(invitee, 'Samarbeid');
    const regionLinks = invitee.getByRole('region', { name: 'Samarbeidene dine' }).getByRole('link');
    // The heading comes before the list has loaded.
    await regionLinks.first().waitFor();
    expect(await regionLinks.allTextContents()).toEqual(['Lister']);
    expect(await invitee.getByRole('button', { name: 'Bytt samarbeid' }).count()).toBe(0);
    expect(await invitee.getByRole('heading', { name: 'Opprett et nytt samarbeid' }).count()).toBe(0);
    await invitee.goto(`${server.url}/samarbeid/${agderId}`);
    await heading1(invitee, 'Fant ikke samarbeidet');

    // The coordinator sees the new member and the invitation as used.
    await page.reload();
    await page.getByRole('heading', { name: 'Nina Ny', exact: true }).waitFor();
    const nina = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Nina Ny', exact: true }) });
    expect(await nina.textContent()).toContain('Medlem');
    expect(await nina.textContent()).toContain('Flekkefjord');
    await page.getByText('Brukt av Nina Ny').waitFor();

    // The link cannot be used twice.
    const late = await newPage();
    await late.goto(link);
    await heading1(late, 'Invitasjonen er allerede brukt');
    expect(await checkAccessibility(late)).toEqual([]);
  }, 120_000);

  it('a signed-in person joins with "Bli med", and then switches between regions', async () => {
    const person = await newPerson(agderId, 'medlem', 'Per Pendler');
    const invitation = await adminApi.request(`/regions/${listerId}/invitations`, 'POST', { role: 'observator' });
    const page = await newPage();
    await loginAs(page, server, person);
    await page.goto(`${server.url}${invitation.body.invitation.path}`);
    await heading1(page, 'Invitasjon til Lister');
    await page.getByText('Du er logget inn som Per Pendler.').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    // The region answers slowly, so the header's new switcher is there before the page is.
    let releaseRegion = () => {};
    const regionHeld = new Promise<void>((resolve) => (releaseRegion = resolve));
    await page.route(`**/api/regions/${listerId}`, async (route) => {
      await regionHeld;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Bli med i Lister' }).click();
    await page.getByText('Henter samarbeidet').waitFor();

    // Two regions now: the header offers a switcher, a disclosure that Escape closes. Opened while
    // the page is still loading, it stays open and focused when the page's heading arrives.
    const switcher = page.getByRole('button', { name: 'Bytt samarbeid' });
    await switcher.click();
    releaseRegion();
    await heading1(page, 'Lister');
    await page.unroute(`**/api/regions/${listerId}`);
    expect(await switcher.getAttribute('aria-expanded')).toBe('true');
    expect(await switcher.evaluate((button) => button === document.activeElement)).toBe(true);
    const choices = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('listitem');
    expect(await choices.allTextContents()).toEqual(['Agder samarbeidMedlem', 'ListerObservatør']);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await switcher.getAttribute('aria-expanded')).toBe('false');
    expect(await switcher.evaluate((button) => button === document.activeElement)).toBe(true);
    await switcher.click();
    await page.getByRole('link', { name: 'Agder samarbeid' }).click();
    await heading1(page, 'Agder samarbeid');
  });

  it('an observer sees the boards but no buttons that change them, and the board says it is view-only', async () => {
    const observer = await newPerson(listerId, 'observator', 'Oda Observatør');
    const boardId = await createBoard('Regional plan for klima');
    const page = await newPage();
    await loginAs(page, server, observer);

    await page.goto(`${server.url}/samarbeid/${listerId}`);
    await heading1(page, 'Lister');
    await page.getByRole('link', { name: 'Regional plan for klima' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ny tavle' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Gi nytt navn|Lag kopi|Arkiver)/ }).count()).toBe(0);
    const regionNav = page.getByRole('navigation', { name: 'Sider i samarbeidet' });
    expect(await regionNav.getByRole('link').allTextContents()).toEqual(['Tavler', 'Maler', 'Barometer', 'Arkiv', 'Medlemmer']);
    expect(await checkAccessibility(page)).toEqual([]);

    await page.getByRole('link', { name: 'Regional plan for klima' }).click();
    await heading1(page, 'Regional plan for klima');
    await page.getByRole('heading', { name: 'Du kan bare se denne tavla' }).waitFor();
    expect(await page.getByRole('button', { name: 'Del tavla' }).count()).toBe(0);

    // The members page: the list, and a way to leave, but no managing.
    await page.goto(`${server.url}/samarbeid/${listerId}/medlemmer`);
    await heading1(page, 'Medlemmer i Lister');
    await page.getByRole('heading', { name: 'Oda Observatør (deg)' }).waitFor();
    await page.getByRole('button', { name: 'Forlat samarbeidet' }).waitFor();
    expect(await page.getByRole('button', { name: /^Endre rolle/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Invitasjoner' }).count()).toBe(0);

    // The server holds the line too.
    const sneaky = await page.request.patch(`${server.url}/api/boards/${boardId}`, {
      data: { title: 'Endret av en observatør' },
      headers: { origin: server.url },
    });
    expect(sneaky.status()).toBe(403);
  });

  it('a view link opened in a fresh browser shows the board read-only, to a guest who can choose a name', async () => {
    const boardId = await createBoard('Møteplan for Lister-rådet');
    const page = await newPage();
    await loginAs(page, server);
    await page.goto(`${server.url}/tavler/${boardId}`);
    await heading1(page, 'Møteplan for Lister-rådet');

    await boardAction(page, 'Del tavla');
    const dialog = page.getByRole('dialog', { name: 'Del «Møteplan for Lister-rådet»' });
    await dialog.waitFor();
    await dialog.getByText('Ingen aktive delingslenker.', { exact: false }).waitFor();
    // What the dialog is for stands apart from the question after it (they read as one paragraph).
    const gapAfterDescription = await dialog.evaluate((element) => {
      const description = document.getElementById(element.getAttribute('aria-describedby') ?? '')!;
      return description.nextElementSibling!.getBoundingClientRect().top - description.getBoundingClientRect().bottom;
    });
    expect(gapAfterDescription).toBeGreaterThanOrEqual(12);
    expect(await dialog.getByRole('radio', { name: 'Bare se' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Lag delingslenke' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Delingslenken er laget.' }).waitFor();
    const copy = dialog.getByRole('button', { name: /^Kopier lenke: Bare se, laget/ });
    await copy.waitFor();
    // Focus is on the new link's "Kopier lenke".
    await page.waitForFunction(() => document.activeElement?.textContent === 'Kopier lenke');
    await copy.click();
    await dialog.getByText('Lenken er kopiert.').waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`^${server.url}/del/[A-Za-z0-9_-]+$`));
    expect(await dialog.locator('code').first().textContent()).toBe(link);
    // Two addresses that look alike, each said in words what it is for.
    const shown = await dialog
      .locator('.copy-link')
      .evaluateAll((links) => links.map((element) => [element.querySelector('.copy-link__caption')?.textContent, element.querySelector('code')?.textContent]));
    expect(shown).toEqual([
      ['Til å se tavla i nettleseren', link],
      ['Til skjermen i møterommet: stor skrift, uten verktøy, følger den som presenterer', `${link}?visning=skjerm`],
    ]);
    expect(await checkAccessibility(page)).toEqual([]);

    // A meeting-room screen opens the link without an account.
    const guest = await newPage();
    await guest.goto(link);
    await heading1(guest, 'Møteplan for Lister-rådet');
    expect(new URL(guest.url()).pathname).toBe(`/tavler/${boardId}`);
    await guest.getByRole('heading', { name: 'Du kan bare se denne tavla' }).waitFor();
    await guest.getByText('Du er gjest: Gjest').waitFor();
    // No editing controls, no sharing, and no way into the region.
    for (const name of ['Del tavla', 'Gjenopprett', 'Ny tavle', 'Logg ut']) {
      expect(await guest.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await guest.getByRole('link', { name: 'Alle samarbeid' }).count()).toBe(0);
    expect(await guest.getByRole('link', { name: /^Tilbake til/ }).count()).toBe(0);
    // Planrom's own navigation is gone; the canvas editor's toolbar (tldraw) has navigation of its own.
    const appNavigation = await guest.evaluate(
      () => [...document.querySelectorAll('nav, [role="navigation"]')].filter((n) => !n.closest('[data-testid="board-editor-area"]')).length,
    );
    expect(appNavigation).toBe(0);
    expect(await guest.getByRole('banner').count()).toBe(1);
    expect(await guest.getByRole('main').count()).toBe(1);
    expect(await checkAccessibility(guest)).toEqual([]);

    // The guest chooses the name others see.
    await guest.getByRole('button', { name: 'Endre navn' }).click();
    const rename = guest.getByRole('dialog', { name: 'Hva vil du kalle deg?' });
    await rename.getByRole('textbox', { name: 'Navnet ditt' }).fill('Skjerm i møterom 2');
    expect(await checkAccessibility(guest)).toEqual([]);
    await rename.getByRole('button', { name: 'Lagre' }).click();
    await guest.getByText('Du er gjest: Skjerm i møterom 2').waitFor();
    // At 1280 px the board's title is read whole: who else is here and the guest's own sentence give
    // way to it (the title was the one cut short, «Møteplan for Lister-r…»).
    await expect.poll(() => textCutShort(guest, '.board-bar h1')).toEqual([]);

    // On a phone-wide screen the guest's name and «Endre navn» stay on the screen, whole, and clear
    // of the board's other controls, and the board's title is read whole (WCAG 1.4.10). Beside the
    // menu, they pushed it off the screen; in its column they left the title no room.
    await guest.setViewportSize({ width: 320, height: 640 });
    await guest.getByText('Du er gjest: Skjerm i møterom 2').waitFor();
    expect(await controlsOutOfPlace(guest, '.board-bar :is(a, button), .guest-badge > span, .meeting-tools__bar button')).toEqual([]);
    expect(await textCutShort(guest, '.guest-badge > span, .board-bar h1')).toEqual([]);
    expect(await checkAccessibility(guest)).toEqual([]);

    // The rest of Planrom is closed to the guest.
    await guest.goto(server.url);
    await heading1(guest, 'Logg inn');

    // Revoked: the link stops working and says so.
    await dialog.getByRole('button', { name: /^Trekk tilbake lenken «Bare se»/ }).click();
    await dialog.getByRole('status').filter({ hasText: 'Lenken er trukket tilbake.' }).waitFor();
    await dialog.getByText('Ingen aktive delingslenker.', { exact: false }).waitFor();
    // The screen still showing the board learns why at its next look, not with a log-in form.
    await guest.goto(`${server.url}/tavler/${boardId}`);
    await heading1(guest, 'Lenken virker ikke lenger');
    await guest.goto(link);
    await heading1(guest, 'Lenken virker ikke lenger');
    expect(await checkAccessibility(guest)).toEqual([]);
  }, 120_000);

  it('a coordinator changes a role and removes someone, after asking; the last coordinator cannot leave', async () => {
    const region = (await adminApi.request('/regions', 'POST', { name: 'Setesdal' })).body.region.id as string;
    const coordinator = await newPerson(region, 'koordinator', 'Sigrid Sjef');
    await newPerson(region, 'medlem', 'Mons Medlem');
    const page = await newPage();
    await loginAs(page, server, coordinator);
    await page.goto(`${server.url}/samarbeid/${region}/medlemmer`);
    await heading1(page, 'Medlemmer i Setesdal');
    await page.getByRole('heading', { name: 'Invitasjoner som er laget' }).waitFor();
    await page.getByText('Invitasjon som medlem').first().waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    // Change Mons to observer.
    await page.getByRole('button', { name: 'Endre rolle for Mons Medlem' }).click();
    const roleDialog = page.getByRole('dialog', { name: 'Endre rollen til Mons Medlem' });
    expect(await roleDialog.getByRole('radio', { name: 'Medlem' }).isChecked()).toBe(true);
    await roleDialog.getByRole('radio', { name: 'Observatør' }).check();
    expect(await checkAccessibility(page)).toEqual([]);
    await roleDialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('status').filter({ hasText: 'Mons Medlem har nå rollen «Observatør».' }).waitFor();
    const mons = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Mons Medlem' }) });
    await mons.getByText('Observatør').waitFor();

    // The only coordinator cannot leave; the dialog says why.
    await page.getByRole('button', { name: 'Forlat samarbeidet' }).click();
    const leave = page.getByRole('dialog', { name: 'Forlate Setesdal?' });
    await leave.getByRole('button', { name: 'Ja, forlat samarbeidet' }).click();
    await leave.getByText('Samarbeidet må ha minst én koordinator.').waitFor();
    await leave.getByRole('button', { name: 'Avbryt' }).click();

    // Removing asks first; Enter right away only cancels.
    const remove = page.getByRole('button', { name: 'Fjern Mons Medlem fra samarbeidet' });
    await remove.click();
    const confirm = page.getByRole('dialog', { name: 'Fjerne Mons Medlem fra samarbeidet?' });
    await confirm.getByText('Tavlene Mons Medlem har laget, blir liggende.').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'hidden' });
    await remove.click();
    await confirm.getByRole('button', { name: 'Ja, fjern' }).click();
    await page.getByRole('status').filter({ hasText: 'Mons Medlem er fjernet fra samarbeidet.' }).waitFor();
    await mons.waitFor({ state: 'detached' });
    expect(await focusedText(page)).toBe('Medlemmer');

    // Revoking an invitation: its status says so, and the link no longer works.
    await page.getByRole('radio', { name: 'Observatør' }).check();
    await page.getByRole('button', { name: 'Lag invitasjonslenke' }).click();
    const link = (await page.getByRole('region', { name: 'Invitasjonslenken er klar' }).locator('code').textContent())!;
    const revoke = page.getByRole('button', { name: /^Trekk tilbake invitasjon som observatør/ });
    await revoke.click();
    await page.getByRole('status').filter({ hasText: 'Invitasjonen er trukket tilbake.' }).waitFor();
    await revoke.waitFor({ state: 'detached' });
    await page.getByText('Trukket tilbake', { exact: true }).waitFor();
    // The "ready" box with the dead link goes too: nothing left to copy.
    expect(await page.getByRole('region', { name: 'Invitasjonslenken er klar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Kopier lenke: invitasjon som observatør/i }).count()).toBe(0);
    expect(await page.getByText(link.trim()).count()).toBe(0);
    const invitee = await newPage();
    await invitee.goto(link);
    await heading1(invitee, 'Invitasjonen er trukket tilbake');
  }, 90_000);

  it('an invitation to a nynorsk region is in nynorsk until the visitor picks a language', async () => {
    const region = (await adminApi.request('/regions', 'POST', { name: 'Indre Agder' })).body.region.id as string;
    expect((await adminApi.request(`/regions/${region}`, 'PATCH', { language: 'nn' })).status).toBe(200);
    const invitation = await adminApi.request(`/regions/${region}/invitations`, 'POST', { role: 'medlem' });
    const page = await newPage();
    await page.goto(`${server.url}${invitation.body.invitation.path}`);
    await heading1(page, 'Invitasjon til Indre Agder');
    await page.getByRole('heading', { name: 'Lag ein konto' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nn');
    // The visitor's own choice still wins.
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await page.getByRole('heading', { name: 'Lag en konto' }).waitFor();
  });

  it('an invitation page in nynorsk, for someone who is not signed in', async () => {
    const invitation = await adminApi.request(`/regions/${listerId}/invitations`, 'POST', { role: 'koordinator' });
    const page = await newPage();
    await page.goto(`${server.url}${invitation.body.invitation.path}`);
    await heading1(page, 'Invitasjon til Lister');
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.getByText('Du er invitert til å bli med i Lister som koordinator.').waitFor();
    await page.getByRole('heading', { name: 'Lag ein konto' }).waitFor();
    await page.getByRole('link', { name: 'Logg inn og bli med' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await checkAccessibility(page)).toEqual([]);
    await page.getByRole('button', { name: 'Lag konto og bli med' }).click();
    await page.getByText('Skriv ei gyldig e-postadresse, til dømes namn@kommune.no.').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);

    // "Logg inn og bli med" comes back here after logging in.
    await page.getByRole('link', { name: 'Logg inn og bli med' }).click();
    await heading1(page, 'Logg inn');
    expect(new URL(page.url()).searchParams.get('neste')).toBe(invitation.body.invitation.path);
  });
});

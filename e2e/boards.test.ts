import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminEnv, allowClipboard, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

interface BoardBody {
  board: { id: string; title: string; archivedAt: string | null };
}

describe.skipIf(!chromiumPath)('boards in a region, as a planner sees them', () => {
  let server: TestServer;
  /** The administrator's API session, for setting up what the tests look at. */
  let adminApi: ApiSession;
  let browser: Browser;
  let page: Page;
  let regionId: string;

  async function api<T>(path: string, method = 'GET', json?: unknown): Promise<{ status: number; body: T }> {
    const response = await adminApi.fetch(`${server.url}/api${path}`, {
      method,
      headers: json === undefined ? {} : { 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return { status: response.status, body: (response.status === 204 ? null : await response.json()) as T };
  }

  const createBoard = async (title: string, kind = 'canvas') => (await api<BoardBody>(`/regions/${regionId}/boards`, 'POST', { title, kind })).body.board;

  async function openRegion() {
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    await page.getByRole('heading', { level: 1, name: 'Lister', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tavler' }).waitFor();
  }

  const boardLink = (title: string) => page.getByRole('link', { name: title, exact: true });
  const toast = (text: string) => page.getByRole('status').filter({ hasText: text });

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
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

  it('tells what to do when there are no boards yet', async () => {
    // The demo region has its example boards; a new region has none.
    const { body } = await api<{ region: { id: string } }>('/regions', 'POST', { name: 'Nytt samarbeid' });
    await page.goto(`${server.url}/samarbeid/${body.region.id}`);
    await page.getByRole('heading', { level: 1, name: 'Nytt samarbeid', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Ingen tavler ennå' }).waitFor();
    expect(await page.getByText('Lag den første tavla med knappen «Ny tavle».').count()).toBe(1);
  });

  it('creates a board with a title and a kind', async () => {
    await openRegion();
    await page.getByRole('button', { name: 'Ny tavle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny tavle' });
    await dialog.waitFor();

    // An empty title is caught before anything is sent, next to the field, with focus on it.
    await dialog.getByRole('button', { name: 'Lag tavle' }).click();
    await dialog.getByText('Fyll ut dette feltet.').waitFor();
    const title = dialog.getByRole('textbox', { name: 'Tittel' });
    expect(await title.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBe('true');

    await title.fill('Aktørkart for Lister');
    await dialog.getByRole('radio', { name: 'Diagram' }).check();
    await dialog.getByRole('button', { name: 'Lag tavle' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await boardLink('Aktørkart for Lister').waitFor();
    await toast('Tavla «Aktørkart for Lister» er laget.').waitFor();
    const card = page.getByRole('listitem').filter({ has: boardLink('Aktørkart for Lister') });
    expect(await card.textContent()).toContain('Diagram');
    expect(await card.textContent()).toContain('Sist endret akkurat nå');
  });

  it('renames a board in a dialog', async () => {
    await createBoard('Møteplan');
    await openRegion();
    await page.getByRole('button', { name: 'Gi nytt navn til «Møteplan»' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gi tavla nytt navn' });
    const field = dialog.getByRole('textbox', { name: 'Nytt navn' });
    expect(await field.inputValue()).toBe('Møteplan');
    await field.fill('Møteplan for 2026');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await boardLink('Møteplan for 2026').waitFor();
    await toast('Tavla heter nå «Møteplan for 2026».').waitFor();
    expect(await boardLink('Møteplan').count()).toBe(0);
  });

  it('shows how many characters a title has left and says so when a pasted title was cut to the limit, in bokmål and nynorsk', async () => {
    await allowClipboard(page.context(), server);
    const long = 'Felles planstrategi for kommunene i Lister – '.repeat(6).slice(0, 250);
    const paste = async (field: Locator) => {
      await page.evaluate((text) => navigator.clipboard.writeText(text), long);
      await field.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+V');
    };
    // The counter's words are drawn by Designsystemet's CSS from its label.
    const counter = (scope: Locator) =>
      scope.locator('[data-field="counter"]').evaluate((element) => getComputedStyle(element, '::after').content.replace(/^"|"$/g, ''));

    // Bokmål, a new board's title.
    await openRegion();
    await page.getByRole('button', { name: 'Ny tavle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny tavle' });
    const title = dialog.getByRole('textbox', { name: 'Tittel' });
    await title.pressSequentially('Møteplan');
    await expect.poll(() => counter(dialog)).toBe('192 av 200 tegn igjen');
    await paste(title);
    await dialog.getByText('Teksten du limte inn, var for lang. Bare de første 200 tegnene ble tatt med – sjekk slutten.').waitFor();
    expect((await title.inputValue()).length).toBe(200);
    await expect.poll(() => counter(dialog)).toBe('0 av 200 tegn igjen');
    // Said once: taking a character away takes the message away.
    await page.keyboard.press('Backspace');
    await expect.poll(() => dialog.getByText('Teksten du limte inn', { exact: false }).count()).toBe(0);
    await page.keyboard.press('Escape');

    // Nynorsk, the title in the board's bar.
    const board = await createBoard('Planstrategi');
    await api(`/regions/${regionId}`, 'PATCH', { language: 'nn' });
    try {
      await page.goto(`${server.url}/tavler/${board.id}`);
      await page.getByRole('button', { name: 'Gi tavla «Planstrategi» nytt namn' }).click();
      const field = page.getByRole('textbox', { name: 'Namnet på tavla' });
      const form = page.locator('form').filter({ has: field });
      await expect.poll(() => counter(form)).toBe('188 av 200 teikn att');
      await paste(field);
      await form.getByText('Teksten du lima inn, var for lang. Berre dei første 200 teikna vart tekne med – sjekk slutten.').waitFor();
      expect((await field.inputValue()).length).toBe(200);
      await expect.poll(() => counter(form)).toBe('0 av 200 teikn att');
    } finally {
      await api(`/regions/${regionId}`, 'PATCH', { language: 'nb' });
    }
  });

  it('closes the rename dialog with Esc without changing anything', async () => {
    await createBoard('Uendret');
    await openRegion();
    const rename = page.getByRole('button', { name: 'Gi nytt navn til «Uendret»' });
    await rename.click();
    const dialog = page.getByRole('dialog', { name: 'Gi tavla nytt navn' });
    await dialog.getByRole('textbox', { name: 'Nytt navn' }).fill('Endret likevel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await boardLink('Uendret').count()).toBe(1);
    // Focus goes back to the button that opened the dialog.
    expect(await rename.evaluate((button) => button === document.activeElement)).toBe(true);
  });

  it('duplicates a board', async () => {
    await createBoard('Planprosess');
    await openRegion();
    await page.getByRole('button', { name: 'Lag kopi av «Planprosess»' }).click();
    await boardLink('Planprosess (kopi)').waitFor();
    await toast('Kopien «Planprosess (kopi)» er laget.').waitFor();
    expect(await boardLink('Planprosess').count()).toBe(1);
  });

  it('archives a board with a toast that offers "Angre" and does not take focus', async () => {
    await createBoard('Gammelt utkast');
    // A controllable clock (it still runs on its own), so "ten seconds later" needs no real wait.
    await page.clock.install();
    await openRegion();
    await page.getByRole('button', { name: 'Arkiver «Gammelt utkast»' }).click();
    await boardLink('Gammelt utkast').waitFor({ state: 'detached' });

    const message = toast('«Gammelt utkast» er flyttet til arkivet.');
    await message.waitFor();
    expect(await message.getAttribute('aria-live')).toBe('polite');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toBe('Tavler');

    // Still there after ten seconds, so there is time to find "Angre".
    await page.clock.fastForward(10_500);
    await message.getByRole('button', { name: 'Angre' }).click();
    await boardLink('Gammelt utkast').waitFor();
    await toast('«Gammelt utkast» er hentet tilbake fra arkivet.').waitFor();
    expect((await api<BoardBody>(`/regions/${regionId}/boards?archived=only`)).body).toMatchObject({ boards: [] });

    // Toasts do go away on their own, later (not while the pointer rests on them).
    const restored = toast('«Gammelt utkast» er hentet tilbake fra arkivet.');
    await page.mouse.move(0, 0);
    await page.clock.fastForward(20_000);
    await restored.waitFor({ state: 'detached' });
  });

  it('restores a board from the archive view', async () => {
    const board = await createBoard('Til arkivet');
    await api(`/boards/${board.id}/archive`, 'POST');
    await openRegion();
    await page.getByRole('link', { name: 'Se arkiverte tavler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arkiverte tavler', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Til arkivet', exact: true }).waitFor();
    // The tab names the region, like the region's other pages.
    expect(await page.title()).toBe('Arkiverte tavler i Lister – Planrom');

    await page.getByRole('button', { name: 'Gjenopprett «Til arkivet»' }).click();
    await page.getByRole('heading', { name: 'Til arkivet', exact: true }).waitFor({ state: 'detached' });
    await toast('«Til arkivet» er hentet tilbake fra arkivet.').waitFor();
    await page.getByRole('heading', { name: 'Arkivet er tomt' }).waitFor();

    await page.getByRole('link', { name: 'Tavler', exact: true }).click();
    await boardLink('Til arkivet').waitFor();
  });

  it('deletes an archived board for good after asking first', async () => {
    const board = await createBoard('Slettes');
    await api(`/boards/${board.id}/archive`, 'POST');
    await page.goto(`${server.url}/samarbeid/${regionId}/arkiv`);
    const remove = page.getByRole('button', { name: 'Slett for godt: «Slettes»' });
    await remove.click();

    const dialog = page.getByRole('dialog', { name: 'Slette «Slettes» for godt?' });
    await dialog.getByText('Dette kan ikke angres.').waitFor();
    // Safe choice first: Enter right away only cancels.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect((await api(`/boards/${board.id}`)).status).toBe(200);

    await remove.click();
    await dialog.getByRole('button', { name: 'Ja, slett for godt' }).click();
    await page.getByRole('heading', { name: 'Slettes', exact: true }).waitFor({ state: 'detached' });
    await toast('«Slettes» er slettet for godt.').waitFor();
    expect((await api(`/boards/${board.id}`)).status).toBe(404);
    // The row and its button are gone: focus waits in the archive's list, not at the top of the page.
    await page.waitForFunction(() => document.activeElement?.classList.contains('archive-list'));
  });

  it('shows a board page with its kind, the editor area and a way back', async () => {
    const board = await createBoard('Kart over aktører', 'diagram');
    await page.goto(`${server.url}/tavler/${board.id}`);
    await page.getByRole('heading', { level: 1, name: 'Kart over aktører', exact: true }).waitFor();
    const area = page.getByTestId('board-editor-area');
    expect(await area.evaluate((element) => element.closest('main') !== null)).toBe(true);
    // The kind is in the workspace's bar, next to the title.
    expect(await page.getByRole('banner').textContent()).toContain('Diagram');

    await api(`/boards/${board.id}/archive`, 'POST');
    await page.reload();
    await page.getByRole('heading', { name: 'Denne tavla er arkivert' }).waitFor();
    await page.getByRole('button', { name: 'Gjenopprett' }).click();
    await page.getByRole('heading', { name: 'Denne tavla er arkivert' }).waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Tilbake til Lister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lister', exact: true }).waitFor();
  });
});

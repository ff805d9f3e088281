import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { adminEnv, ApiSession, checkAccessibility, chromiumPath, focusRing, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

describe.skipIf(!chromiumPath)('accessibility (WCAG 2.1 A and AA)', () => {
  let server: TestServer;
  /** The administrator's API session, for setting up what the tests look at. */
  let adminApi: ApiSession;
  let browser: Browser;
  let page: Page;
  let regionId: string;
  let boardId: string;
  let diagramBoardId: string;
  let archivedBoardId: string;

  async function api<T>(path: string, method = 'GET', json?: unknown): Promise<T> {
    const response = await adminApi.fetch(`${server.url}/api${path}`, {
      method,
      headers: json === undefined ? {} : { 'content-type': 'application/json' },
      body: json === undefined ? undefined : JSON.stringify(json),
    });
    return (await response.json()) as T;
  }

  const createBoard = async (title: string, kind: string) =>
    (await api<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title, kind })).board.id;

  /** What every page must have: one h1, a banner, a main landmark, navigation and no axe findings. */
  async function expectAccessiblePage(heading: string) {
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation').count()).toBeGreaterThan(0);
    expect(await checkAccessibility(page)).toEqual([]);
  }

  const focusedText = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
  const focusedRole = () => page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase());

  /** Presses Tab until the element with this text has focus; fails if it is never reached. */
  async function tabTo(text: string, limit = 40) {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press('Tab');
      if ((await focusedText()) === text) return;
    }
    throw new Error(`"${text}" was not reached with Tab`);
  }

  /** Presses Tab until `locator` has focus (a control whose text is not its name, like a file input). */
  async function tabToElement(locator: Locator, limit = 40) {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press('Tab');
      if (await locator.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error(`${locator} was not reached with Tab`);
  }

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    boardId = await createBoard('Regionplan – oppfølging', 'canvas');
    diagramBoardId = await createBoard('Aktørkart', 'diagram');
    archivedBoardId = await createBoard('Gammel møteplan', 'canvas');
    await api(`/boards/${archivedBoardId}/archive`, 'POST');
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

  it('the list of regions', async () => {
    await page.goto(server.url);
    await expectAccessiblePage('Samarbeid');
  });

  it('the list of regions in nynorsk, on a small screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.getByText('Vel eit regionalt plansamarbeid').waitFor();
    await expectAccessiblePage('Samarbeid');
  });

  it('a region overview, also with the "Ny tavle" dialog open', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    await expectAccessiblePage('Lister');
    await page.getByRole('button', { name: 'Ny tavle' }).click();
    await page.getByRole('dialog', { name: 'Ny tavle' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('a region with no boards (empty state)', async () => {
    const { region } = await api<{ region: { id: string } }>('/regions', 'POST', { name: 'Tomt samarbeid' });
    await page.goto(`${server.url}/samarbeid/${region.id}`);
    await page.getByRole('heading', { name: 'Ingen tavler ennå' }).waitFor();
    await expectAccessiblePage('Tomt samarbeid');
  });

  it('the archive, also with the delete dialog open', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}/arkiv`);
    await page.getByRole('heading', { name: 'Gammel møteplan' }).waitFor();
    await expectAccessiblePage('Arkiverte tavler');
    await page.getByRole('button', { name: 'Slett for godt: «Gammel møteplan»' }).click();
    await page.getByRole('dialog', { name: 'Slette «Gammel møteplan» for godt?' }).waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('the settings, also with field errors showing', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}/innstillinger`);
    await expectAccessiblePage('Innstillinger for Lister');
    await page.getByRole('button', { name: 'Legg til kommune' }).click();
    await page.getByText('Kommunenummeret må ha fire sifre, for eksempel 4206.').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('a board page, active and archived', async () => {
    await page.goto(`${server.url}/tavler/${boardId}`);
    await expectAccessiblePage('Regionplan – oppfølging');
    await page.goto(`${server.url}/tavler/${archivedBoardId}`);
    await page.getByRole('heading', { name: 'Denne tavla er arkivert' }).waitFor();
    await expectAccessiblePage('Gammel møteplan');
  });

  it('the not-found pages: unknown address, region and board', async () => {
    await page.goto(`${server.url}/finnes-ikke`);
    await expectAccessiblePage('Fant ikke siden');
    await page.goto(`${server.url}/samarbeid/00000000-0000-4000-8000-000000000000`);
    await expectAccessiblePage('Fant ikke samarbeidet');
    await page.goto(`${server.url}/tavler/ikke-en-tavle`);
    await expectAccessiblePage('Fant ikke tavla');
    await page.getByRole('link', { name: 'Gå til forsiden' }).waitFor();
  });

  it('starts with a skip link to the content', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Samarbeid', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Hopp til innhold');
    await page.keyboard.press('Enter');
    expect(await focusedRole()).toBe('main');
  });

  it('moves focus to the new page heading after following a link', async () => {
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Lister' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lister', exact: true }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focusedText()).toBe('Lister');
    expect(await page.title()).toBe('Lister – Planrom');
  });

  it('creates a board with the keyboard only', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    await page.getByRole('heading', { level: 1, name: 'Lister', exact: true }).waitFor();

    await tabTo('+ Ny tavle');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Ny tavle' }).waitFor();
    // The title field has focus as the dialog opens.
    await page.keyboard.type('Laget med tastaturet');
    await page.keyboard.press('Tab');
    // The radio group: arrow keys choose the kind.
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Diagram' }).isChecked()).toBe(true);
    await tabTo('Lag tavle', 5);
    await page.keyboard.press('Enter');

    await page.getByRole('dialog', { name: 'Ny tavle' }).waitFor({ state: 'hidden' });
    const link = page.getByRole('link', { name: 'Laget med tastaturet', exact: true });
    await link.waitFor();
    // Focus went back to "Ny tavle", and from there Tab reaches the new board and opens it.
    expect(await focusedText()).toBe('+ Ny tavle');
    await tabTo('Laget med tastaturet', 5);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Laget med tastaturet', exact: true }).waitFor();
  });

  it('shows where the keyboard is on «Hent inn fra fil» in a diagram’s board menu, in a colour that stands out from the menu', async () => {
    await page.goto(`${server.url}/tavler/${diagramBoardId}`);
    await page.getByRole('heading', { level: 1, name: 'Aktørkart', exact: true }).waitFor();
    // The file input is hidden; its label is what shows, and shows the focus.
    const fileInput = page.getByLabel('Hent inn fra fil', { exact: true });
    await fileInput.waitFor({ state: 'attached' });

    // Keys: Tab to «Tavlemeny», Enter opens it, Tab to «Hent inn fra fil».
    await tabToElement(page.getByRole('button', { name: 'Tavlemeny' }));
    await page.keyboard.press('Enter');
    await tabToElement(fileInput);
    const ring = await focusRing(page.locator('label.diagram-import-label'), page.getByRole('group', { name: 'Handlinger for tavla' }));
    expect(ring.width).toBeGreaterThanOrEqual(2);
    // Not white on the white menu: at least 3:1 against it (WCAG 1.4.11), as every other control's ring.
    expect(ring.contrast, `${ring.color} on ${ring.background}`).toBeGreaterThanOrEqual(3);
  });

  it('never lets keyboard focus reach the page behind an open dialog', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    await page.getByRole('button', { name: 'Ny tavle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny tavle' });
    await dialog.waitFor();
    for (let presses = 0; presses < 12; presses++) {
      await page.keyboard.press(presses % 3 === 2 ? 'Shift+Tab' : 'Tab');
      // Past the last control the browser may pass focus to its own toolbar (the document); that is
      // how a native modal dialog works. What must never happen is focus on the page behind it.
      const behind = await dialog.evaluate((element) => document.activeElement !== document.body && !element.contains(document.activeElement));
      expect(behind).toBe(false);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  admin,
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  startTestServer,
  threeFramesTldr,
  type TestServer,
} from './support/index';
import { boardAction, controlsOutOfPlace, measureWorkspace, openBoardMenu, tldrawHasMeasuredCanvas } from './support/workspace';

/** Screenshots for people to look at (ignored by git); not in CI, where no one does (59 of them, some 4K). */
const screenshots = new URL('./screenshots/', import.meta.url);
const shot = async (page: Page, name: string) => {
  if (process.env.CI) return;
  await page.screenshot({ path: decodeURIComponent(new URL(`${name.replaceAll(' ', '-').toLowerCase()}.png`, screenshots).pathname) });
};

const sizes = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;
const size = (s: { width: number; height: number }) => `${s.width}x${s.height}`;

const member = { email: 'mari@lister.kommune.test', password: 'mari-sitt-passord', name: 'Mari Medlem' };
const observer = { email: 'oda@lister.kommune.test', password: 'oda-sitt-passord', name: 'Oda Observatør' };

type Person = typeof admin | typeof member | typeof observer | null;

describe.skipIf(!chromiumPath)('the board as a workspace', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let regionId: string;
  let canvasId: string;
  let diagramId: string;
  let framesId: string;
  let processId: string;
  const contexts: BrowserContext[] = [];

  async function newPage(who: Person, viewport: { width: number; height: number } = sizes[0]): Promise<Page> {
    const context = await browser.newContext({ viewport });
    contexts.push(context);
    const page = await context.newPage();
    if (who) await loginAs(page, server, who);
    return page;
  }

  /** Opens a board (or a view link, for a guest) and waits for its editor and meeting bar. */
  async function openBoard(path: string, who: Person, kind: 'canvas' | 'diagram', viewport?: { width: number; height: number }): Promise<Page> {
    const page = await newPage(who, viewport);
    await page.goto(`${server.url}${path}`);
    await page
      .locator(kind === 'canvas' ? '.tl-canvas' : '.react-flow__renderer')
      .first()
      .waitFor({ timeout: 30_000 });
    // The meeting bar comes with its own socket: on a busy CI machine that took over 15 s once.
    await page.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor({ timeout: 30_000 });
    return page;
  }

  async function register(person: typeof member, role: 'medlem' | 'observator') {
    const invitation = (await adminApi.request<{ invitation: { path: string } }>(`/regions/${regionId}/invitations`, 'POST', { role })).body;
    const registered = await new ApiSession(server).request(`/invitations/by-token/${invitation.invitation.path.split('/').pop()}/register`, 'POST', {
      email: person.email,
      displayName: person.name,
      password: person.password,
    });
    expect(registered.status).toBe(201);
  }

  const viewLink = async (boardId: string) =>
    (await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' })).body.shareLink.path;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    await register(member, 'medlem');
    await register(observer, 'observator');
    // A worksheet from the guide (it has a facilitator guide), and an actor map.
    canvasId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'konfliktkompasset' })).body.board.id;
    diagramId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Aktørkart', kind: 'diagram' })).body.board
      .id;
    const actor = (id: string, name: string, x: number, y: number) => ({ id, type: 'aktor', position: { x, y }, data: { name, category: 'statlig' } });
    await adminApi.request(`/boards/${diagramId}/diagram/import`, 'POST', {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: [actor('a', 'NVE', 0, 0), actor('b', 'Naboer', 300, 0), actor('c', 'Byggesak', 600, 200)],
        edges: [],
      },
    });
    const imported = await adminApi.fetch(`${server.url}/api/regions/${regionId}/canvas-import?name=rammer.tldr`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.tldraw+json' },
      body: threeFramesTldr('Rammer'),
    });
    framesId = ((await imported.json()) as { board: { id: string } }).board.id;
    processId = (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title: 'Planprosess', kind: 'diagram' })).body.board
      .id;
    const step = (id: string, title: string, phase: string, x: number) => ({
      id,
      type: 'prosessteg',
      position: { x, y: 0 },
      variantId: 'felles',
      data: { title, phase },
    });
    await adminApi.request(`/boards/${processId}/diagram/import`, 'POST', {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'planprosess',
        variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
        nodes: [step('p1', 'Planinitiativ', 'forarbeid', 0), step('p2', 'Oppstartsmøte', 'forarbeid', 300), step('p3', 'Offentleg ettersyn', 'horing', 4000)],
        edges: [],
      },
    });
  }, 120_000);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.log(`server output:\n${server.output().slice(-4000)}`);
    // Whatever a test left open (it failed half-way) must not present or follow in the next one.
    for (const open of contexts.splice(0)) await open.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  // Overlays count against the surface: the observer's read-only notice once wrapped to four lines
  // at 1366×768 (0.842); it is one slim line now.
  it('gives the drawing surface at least 85 % of the window at every size, for every role, under one slim bar, and nothing scrolls', async () => {
    const guestCanvas = await viewLink(canvasId);
    const guestDiagram = await viewLink(diagramId);
    const people: Array<{ who: Person; name: string }> = [
      { who: admin, name: 'koordinator' },
      { who: member, name: 'medlem' },
      { who: observer, name: 'observator' },
      { who: null, name: 'gjest' },
    ];
    for (const { who, name } of people) {
      for (const kind of ['canvas', 'diagram'] as const) {
        const path = who ? `/tavler/${kind === 'canvas' ? canvasId : diagramId}` : kind === 'canvas' ? guestCanvas : guestDiagram;
        const page = await openBoard(path, who, kind);
        for (const viewport of sizes) {
          await page.setViewportSize(viewport);
          if (process.env.WORKSPACE_DEBUG) await shot(page, `debug-${name}-${kind}-${size(viewport)}`);
          // After the editor has followed the new size.
          await expect
            .poll(async () => (await measureWorkspace(page, kind)).share, { timeout: 5000, message: `${name} ${kind} ${size(viewport)}` })
            .toBeGreaterThanOrEqual(0.85);
          const result = await measureWorkspace(page, kind);
          expect(result.share, `${name} ${kind} ${size(viewport)}`).toBeGreaterThanOrEqual(0.85);
          expect(result.scrolls, `${name} ${kind} ${size(viewport)}`).toBe(false);
          expect(result.barHeight).toBeLessThanOrEqual(56);
          await shot(page, `workspace-${kind}-${name}-${size(viewport)}`);
        }
        // Every role's workspace, with its own notices (read only for observers and guests).
        expect(await checkAccessibility(page), `${name} ${kind}`).toEqual([]);
        await page.context().close();
      }
    }
  }, 300_000);

  it('opens a board from its link as a workspace at once: the site’s header and footer are never drawn first and taken away', async () => {
    for (const kind of ['canvas', 'diagram'] as const) {
      const page = await newPage(member);
      // Everything that ever appears, recorded from the first element on.
      await page.addInitScript(() => {
        const seen = new Set<string>();
        (window as unknown as { seenParts: Set<string> }).seenParts = seen;
        new MutationObserver(() => {
          for (const part of ['.site-header', '.site-footer', '.board-bar']) if (document.querySelector(part)) seen.add(part);
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${server.url}/tavler/${kind === 'canvas' ? canvasId : diagramId}`);
      await page
        .locator(kind === 'canvas' ? '.tl-canvas' : '.react-flow__node')
        .first()
        .waitFor({ timeout: 30_000 });
      // The bar comes in the render after the board's.
      await page.locator('.board-bar').waitFor();
      expect(await page.evaluate(() => [...(window as unknown as { seenParts: Set<string> }).seenParts].sort()), kind).toEqual(['.board-bar']);
      await page.context().close();
    }
    // An address that is no board keeps the ordinary page, header and all.
    const page = await newPage(member);
    await page.goto(`${server.url}/tavler/ikke-en-tavle`);
    await page.getByRole('heading', { level: 1, name: 'Fant ikke tavla' }).waitFor();
    await page.locator('.site-header').waitFor();
    expect(await page.locator('.board-bar').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('opens every panel over the board, never under it: the surface keeps at least 70 %, nothing scrolls, and axe finds nothing', async () => {
    const canvas = await openBoard(`/tavler/${canvasId}`, admin, 'canvas');
    const diagram = await openBoard(`/tavler/${diagramId}`, admin, 'diagram');
    const check = async (page: Page, kind: 'canvas' | 'diagram', panel: string, open: () => Promise<void>, close: () => Promise<void>) => {
      await page.setViewportSize(sizes[0]);
      await open();
      for (const viewport of sizes) {
        await page.setViewportSize(viewport);
        const result = await measureWorkspace(page, kind);
        expect(result.share, `${kind} ${panel} ${size(viewport)}`).toBeGreaterThanOrEqual(0.7);
        expect(result.scrolls, `${kind} ${panel} ${size(viewport)}`).toBe(false);
      }
      await shot(page, `panel-${kind}-${panel}`);
      expect(await checkAccessibility(page), `${kind} ${panel}`).toEqual([]);
      await close();
    };
    const meetingToggle = (page: Page, name: string) => page.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name, exact: true });

    for (const [page, kind] of [
      [canvas, 'canvas'],
      [diagram, 'diagram'],
    ] as const) {
      for (const name of ['Still inn tid', 'Prikkstemming', 'Anonym runde']) {
        await check(
          page,
          kind,
          name,
          async () => {
            await meetingToggle(page, name).click();
            await page.locator('.meeting-tools__panels').waitFor();
          },
          async () => {
            await meetingToggle(page, name).click();
            await page.locator('.meeting-tools__panels').waitFor({ state: 'detached' });
          },
        );
      }
    }

    await check(
      canvas,
      'canvas',
      'historikk',
      async () => {
        await boardAction(canvas, 'Historikk');
        await canvas.getByTestId('canvas-history').waitFor();
      },
      async () => {
        await canvas.getByTestId('canvas-history').getByRole('button', { name: 'Lukk' }).click();
        await canvas.getByTestId('canvas-history').waitFor({ state: 'detached' });
      },
    );
    await check(
      canvas,
      'canvas',
      'veiledning',
      async () => {
        await boardAction(canvas, 'Veiledning for møteleder');
        await canvas.getByRole('region', { name: /^Veiledning for møteleder: / }).waitFor();
      },
      async () => {
        await canvas.keyboard.press('Escape');
        await canvas.getByRole('region', { name: /^Veiledning for møteleder: / }).waitFor({ state: 'detached' });
        // Back on the menu's button.
        expect(await canvas.evaluate(() => document.activeElement?.textContent)).toContain('Tavlemeny');
      },
    );
    await check(
      diagram,
      'diagram',
      'valgt-node',
      async () => {
        await diagram.locator('.react-flow__node').filter({ hasText: 'Naboer' }).click();
        await diagram.getByRole('complementary', { name: /aktør/i }).waitFor();
      },
      async () => {
        await diagram.getByRole('button', { name: 'Skjul panelet' }).click();
        await diagram.getByRole('button', { name: 'Vis panelet' }).waitFor();
      },
    );
    await check(
      diagram,
      'diagram',
      'hurtigtaster',
      async () => {
        await diagram.locator('summary', { hasText: 'Mer' }).click();
        await diagram.getByRole('button', { name: 'Hurtigtaster' }).click();
        await diagram.getByRole('heading', { name: 'Tastatur' }).waitFor();
      },
      async () => {
        await diagram.getByRole('button', { name: 'Lukk hurtigtastene' }).click();
      },
    );

    // The other roles' panels, with their own notices (read only) on the board as well.
    const others = [
      { page: await openBoard(`/tavler/${canvasId}`, member, 'canvas'), kind: 'canvas', name: 'medlem' },
      { page: await openBoard(`/tavler/${canvasId}`, observer, 'canvas'), kind: 'canvas', name: 'observator' },
      { page: await openBoard(await viewLink(diagramId), null, 'diagram'), kind: 'diagram', name: 'gjest' },
    ] as const;
    for (const { page, kind, name } of others) {
      // Only those who may set the time have a timer panel (the others see the timer in the bar).
      if (name === 'medlem') {
        await check(
          page,
          kind,
          `${name}-still-inn-tid`,
          async () => {
            await meetingToggle(page, 'Still inn tid').click();
            await page.locator('.meeting-tools__panels').waitFor();
          },
          async () => {
            await meetingToggle(page, 'Still inn tid').click();
            await page.locator('.meeting-tools__panels').waitFor({ state: 'detached' });
          },
        );
      }
      if (kind === 'canvas') {
        await check(
          page,
          kind,
          `${name}-historikk`,
          async () => {
            await boardAction(page, 'Historikk');
            await page.getByTestId('canvas-history').waitFor();
          },
          async () => {
            await page.getByTestId('canvas-history').getByRole('button', { name: 'Lukk' }).click();
            await page.getByTestId('canvas-history').waitFor({ state: 'detached' });
          },
        );
      }
      await page.context().close();
    }

    // The meeting bar can be made smaller; it still shows the timer.
    await canvas.getByRole('button', { name: 'Gjør møtelinja mindre' }).click();
    await canvas.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor();
    expect(await canvas.getByRole('button', { name: 'Prikkstemming' }).count()).toBe(0);
    expect(await checkAccessibility(canvas), 'meeting bar made smaller').toEqual([]);
    await canvas.getByRole('button', { name: 'Vis hele møtelinja' }).click();
    await canvas.getByRole('button', { name: 'Prikkstemming' }).waitFor();

    // The board's menu: everything in one place, reachable by keyboard, closed with Esc.
    const menu = await openBoardMenu(canvas);
    for (const name of ['Historikk', 'Lagre versjon', 'Eksporter', 'Hent inn fra fil', 'Lagre som mal', 'Del tavla', 'Veiledning for møteleder']) {
      await menu.getByRole('button', { name, exact: true }).waitFor();
    }
    expect(await checkAccessibility(canvas)).toEqual([]);
    await canvas.keyboard.press('Escape');
    await menu.getByRole('button', { name: 'Historikk' }).waitFor({ state: 'hidden' });
  }, 300_000);

  it('renames the board in place from the bar', async () => {
    const page = await openBoard(`/tavler/${diagramId}`, admin, 'diagram');
    await page.getByRole('button', { name: 'Gi tavla «Aktørkart» nytt navn' }).click();
    const field = page.getByRole('textbox', { name: 'Navnet på tavla' });
    await field.fill('Aktørkart for Lister');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aktørkart for Lister' }).waitFor();
    expect((await adminApi.request<{ board: { title: string } }>(`/boards/${diagramId}`)).body.board.title).toBe('Aktørkart for Lister');

    // However editing ends, focus goes back to the rename button, not to the page's body.
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
    await expect.poll(focused, { message: 'after Enter' }).toBe('Gi tavla «Aktørkart for Lister» nytt navn');
    await page.keyboard.press('Enter');
    await field.fill('Aktørkart');
    await page.getByRole('button', { name: 'Lagre navnet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aktørkart', exact: true }).waitFor();
    await expect.poll(focused, { message: 'after «Lagre navnet»' }).toBe('Gi tavla «Aktørkart» nytt navn');
    await page.keyboard.press('Enter');
    await field.waitFor();
    await page.keyboard.press('Escape');
    await field.waitFor({ state: 'hidden' });
    await expect.poll(focused, { message: 'after Esc' }).toBe('Gi tavla «Aktørkart» nytt navn');
  });

  it('offers a guest on a view link only what a guest can do, and Esc closes the panels they open', async () => {
    const guest = await openBoard(await viewLink(canvasId), null, 'canvas');
    const focusedName = () =>
      guest.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? '';
      });

    // The read-only notice holds its own "Skjul meldingen", inside its box.
    const notice = guest.getByRole('region', { name: 'Du kan bare se denne tavla' });
    const noticeBox = (await notice.boundingBox())!;
    const hideBox = (await guest.getByRole('button', { name: 'Skjul meldingen' }).boundingBox())!;
    expect(hideBox.x).toBeGreaterThanOrEqual(noticeBox.x);
    expect(hideBox.y).toBeGreaterThanOrEqual(noticeBox.y);
    expect(hideBox.x + hideBox.width).toBeLessThanOrEqual(noticeBox.x + noticeBox.width);
    expect(hideBox.y + hideBox.height).toBeLessThanOrEqual(noticeBox.y + noticeBox.height);

    // The timer shows in the bar; there is no time to set.
    const meeting = guest.getByRole('region', { name: 'Møteverktøy' });
    await meeting.getByRole('timer').waitFor();
    expect(await meeting.getByRole('button', { name: 'Still inn tid' }).count()).toBe(0);

    // Historikk takes the keyboard; Esc closes it and gives the keyboard back to the board's menu.
    await boardAction(guest, 'Historikk');
    const history = guest.getByTestId('canvas-history');
    await history.waitFor();
    await expect.poll(focusedName).toBe('Historikk');
    await guest.keyboard.press('Escape');
    await history.waitFor({ state: 'detached' });
    await expect.poll(focusedName).toBe('Tavlemeny ▾');

    // Minutes: only the stored ones, and no invitation to make any.
    await boardAction(guest, 'Referat');
    const minutes = guest.getByRole('dialog', { name: 'Referat fra møtet' });
    await minutes.getByRole('heading', { name: 'Lagrede referater' }).waitFor();
    expect(await minutes.textContent()).not.toContain('Lag referat');
    await guest.keyboard.press('Escape');
    await guest.context().close();

    // For those who may set the time: Esc in the timer panel, or «Lukk», closes it and the keyboard is back on «Still inn tid».
    const page = await openBoard(`/tavler/${canvasId}`, member, 'canvas');
    const toggle = page.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name: 'Still inn tid', exact: true });
    const focusedLabel = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    await toggle.click();
    await page.getByRole('textbox', { name: 'Minutter' }).focus();
    await page.keyboard.press('Escape');
    await page.locator('.meeting-tools__panels').waitFor({ state: 'detached' });
    await expect.poll(focusedLabel).toBe('Still inn tid');
    await toggle.click();
    await page.locator('.meeting-tools__panels').getByRole('button', { name: 'Lukk' }).click();
    await page.locator('.meeting-tools__panels').waitFor({ state: 'detached' });
    await expect.poll(focusedLabel).toBe('Still inn tid');
    await page.context().close();
  });

  it('logs out from the board’s menu, and a guest has no way to log out there', async () => {
    const page = await openBoard(`/tavler/${canvasId}`, member, 'canvas');
    const menu = await openBoardMenu(page);
    await menu.getByText('Logget inn som Mari Medlem').waitFor();
    expect(await checkAccessibility(page)).toEqual([]);
    await menu.getByRole('button', { name: 'Logg ut', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Du er logget ut.' }).waitFor();
    // Really logged out: the API says so too.
    expect((await page.request.get(`${server.url}/api/regions`)).status()).toBe(401);
    await page.context().close();

    const guest = await openBoard(await viewLink(canvasId), null, 'canvas');
    const guestMenu = await openBoardMenu(guest);
    await guestMenu.getByRole('group', { name: 'Språk' }).waitFor();
    expect(await guestMenu.getByRole('button', { name: 'Logg ut' }).count()).toBe(0);
    await guest.context().close();
  });

  it('shows tldraw’s own tools in nynorsk, and Planrom’s notices around it, when the interface is nynorsk', async () => {
    const page = await openBoard(`/tavler/${canvasId}`, admin, 'canvas');
    const select = page.locator('[data-testid="tools.select"]');
    // tldraw fetches its translations after it mounts: wait for them (slow on a busy machine).
    await expect.poll(() => select.getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/^Velg/);
    await (await openBoardMenu(page)).getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'Nynorsk', exact: true }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => select.getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/^Vel\b/);
    expect(await page.locator('[data-testid="tools.note"]').getAttribute('aria-label')).toMatch(/^Lapp/);
    await page.getByTestId('canvas-connection').filter({ hasText: 'Tilkopla' }).waitFor();
    await page.getByRole('button', { name: 'Tavlemeny' }).waitFor();
    await shot(page, 'workspace-canvas-nynorsk');
    expect(await checkAccessibility(page)).toEqual([]);
    // Back to bokmål for the tests after this one (the choice is kept in the browser).
    await (await openBoardMenu(page)).getByRole('group', { name: 'Språk' }).getByRole('button', { name: 'Bokmål', exact: true }).click();
    await page.context().close();
  });

  it('keeps the meeting bar on a canvas clear of tldraw’s style panel and on one line from 1024 px, presenting or not', async () => {
    // Centred over the whole board, the bar covered the panel's second row of colours below 1240 px
    // (and at 1280 px presenting in nynorsk with the time up).
    const page = await openBoard(`/tavler/${canvasId}`, admin, 'canvas');
    const barClearOfPanel = async (width: number) => {
      await page.setViewportSize({ width, height: 768 });
      const panel = await box(page, '.tlui-style-panel__wrapper');
      await expect
        .poll(async () => (await box(page, '.meeting-tools__bar')).x + (await box(page, '.meeting-tools__bar')).width, { message: `${width} px` })
        .toBeLessThanOrEqual(panel.x);
      // One line (its buttons are 34 px), every button on the screen and clear of the others.
      expect((await box(page, '.meeting-tools__bar')).height, `${width} px`).toBeLessThan(50);
      expect(await controlsOutOfPlace(page, '.meeting-tools__bar button')).toEqual([]);
    };
    for (const width of [1024, 1100, 1240, 1440]) await barClearOfPanel(width);
    await page.getByRole('button', { name: 'Presenter for alle' }).click();
    await page.getByRole('button', { name: 'Slutt å presentere' }).waitFor();
    for (const width of [1024, 1100, 1240, 1440]) await barClearOfPanel(width);
    await page.getByRole('button', { name: 'Slutt å presentere' }).click();
    await page.context().close();
  });

  /** Where an element is in the window, as a plain box. */
  const box = async (page: Page, selector: string) => {
    const found = await page.locator(selector).first().boundingBox();
    if (!found) throw new Error(`no box for ${selector}`);
    return found;
  };
  const inside = (inner: { x: number; y: number; width: number; height: number }, outer: { width: number; height: number }, margin: number) =>
    inner.x >= margin && inner.y >= margin && inner.x + inner.width <= outer.width - margin && inner.y + inner.height <= outer.height - margin;

  it('presents clean slides that fit the screen with a margin at every size and in 4K, and Esc returns to the view before', async () => {
    const canvas = await openBoard(`/tavler/${framesId}`, admin, 'canvas');
    const before = await box(canvas, '.tl-shape[data-shape-id="shape:lapp0"]');
    for (const viewport of [...sizes, { width: 3840, height: 2160 }]) {
      await canvas.setViewportSize(viewport);
      // Once tldraw has measured its new size (its camera keeps the same top-left corner).
      await expect.poll(() => tldrawHasMeasuredCanvas(canvas), { message: `tldraw measures ${size(viewport)}` }).toBe(true);
      const start = await box(canvas, '.tl-shape[data-shape-id="shape:lapp0"]');
      await canvas.getByRole('button', { name: 'Presenter', exact: true }).click();
      await canvas.getByRole('dialog', { name: 'Presenter tavla' }).getByRole('button', { name: 'Start presentasjonen' }).click();
      const counter = canvas.getByTestId('presentation-counter');
      await expect.poll(() => counter.textContent()).toBe('Mål 1 av 3');
      // The whole frame is on screen, with room around it, and large: once the camera has moved
      // there (it is animated, and on a busy machine a frame on the way is already inside but small).
      const large = (frame: { width: number; height: number }) => Math.max(frame.width / viewport.width, frame.height / viewport.height) > 0.6;
      await expect
        .poll(
          async () => {
            const frame = await box(canvas, '.tl-shape[data-shape-id="shape:ramme0"]');
            return inside(frame, viewport, 8) && large(frame);
          },
          { timeout: 10_000 },
        )
        .toBe(true);
      const frame = await box(canvas, '.tl-shape[data-shape-id="shape:ramme0"]');
      // The frame's name is the slide's title: large enough to read across the room and on screen,
      // above the frame; the slide's controls sit below the frame, not over its edge.
      const heading = canvas.locator('.tl-shape[data-shape-id="shape:ramme0"] .tl-frame-heading');
      const title = await heading.evaluate((element) => {
        const r = element.getBoundingClientRect();
        return {
          text: element.textContent?.replace(/\u200b/g, ''),
          size: parseFloat(getComputedStyle(element).fontSize) * (r.height / (element as HTMLElement).offsetHeight),
          top: r.top,
          bottom: r.bottom,
        };
      });
      expect(title.text).toBe('Mål');
      expect(title.size, `title size ${size(viewport)}`).toBeGreaterThanOrEqual(18);
      expect(title.top).toBeGreaterThanOrEqual(0);
      expect(title.bottom).toBeLessThanOrEqual(frame.y + 2);
      const controls = await box(canvas, '.presentation-bar');
      expect(controls.y, `controls below the frame ${size(viewport)}`).toBeGreaterThanOrEqual(frame.y + frame.height);
      // No editor chrome: tldraw's tools and the workspace bar are gone; only the slide's controls.
      expect(await canvas.locator('.tlui-layout').isVisible()).toBe(false);
      expect(
        await canvas.locator('.board-bar').evaluate((bar) => {
          const r = bar.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return bar.contains(hit);
        }),
      ).toBe(false);
      await canvas.getByRole('group', { name: 'Presentasjon' }).waitFor();
      await shot(canvas, `slide-canvas-${size(viewport)}`);
      if (viewport === sizes[0]) expect(await checkAccessibility(canvas), 'canvas slide').toEqual([]);
      // The controls fade once the mouse rests, and come back when it moves.
      await canvas.mouse.move(viewport.width / 2, viewport.height / 3);
      await expect.poll(() => canvas.locator('.presentation-bar').evaluate((element) => getComputedStyle(element).opacity), { timeout: 6000 }).toBe('0');
      await canvas.mouse.move(viewport.width / 2 + 40, viewport.height / 3);
      await expect.poll(() => canvas.locator('.presentation-bar').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      if (viewport === sizes[0]) {
        // A key brings them back as well, and they stay while the keyboard is in use.
        await expect.poll(() => canvas.locator('.presentation-bar').evaluate((element) => getComputedStyle(element).opacity), { timeout: 6000 }).toBe('0');
        await canvas.keyboard.press('Shift+Tab');
        await expect.poll(() => canvas.locator('.presentation-bar').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
        await canvas.waitForTimeout(3000);
        expect(await canvas.locator('.presentation-bar').evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
      }
      await canvas.keyboard.press('ArrowRight');
      await expect.poll(() => counter.textContent()).toBe('Aktører 2 av 3');
      await canvas.keyboard.press('Escape');
      await canvas.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });
      // Back where the presenter was.
      await expect
        .poll(async () => {
          const now = await box(canvas, '.tl-shape[data-shape-id="shape:lapp0"]');
          return Math.abs(now.x - start.x) + Math.abs(now.y - start.y);
        })
        .toBeLessThan(2);
    }
    void before;

    // A plan phase on a diagram, at every size and in 4K.
    const diagram = await openBoard(`/tavler/${processId}`, admin, 'diagram');
    for (const viewport of [...sizes, { width: 3840, height: 2160 }]) {
      await diagram.setViewportSize(viewport);
      await diagram.getByRole('button', { name: 'Presenter', exact: true }).click();
      await diagram.getByRole('dialog', { name: 'Presenter tavla' }).getByRole('button', { name: 'Start presentasjonen' }).click();
      await expect.poll(() => diagram.getByTestId('presentation-counter').textContent()).toMatch(/1 av 2$/);
      for (const title of ['Planinitiativ', 'Oppstartsmøte']) {
        const node = diagram.locator('.react-flow__node').filter({ hasText: title });
        await expect.poll(async () => inside((await node.boundingBox())!, viewport, 8), { timeout: 10_000 }).toBe(true);
      }
      // And large: the phase fills most of the screen in its limiting dimension, in 4K too (not a
      // small island in the middle of a large screen).
      const phase = async () => {
        const boxes = await Promise.all(
          ['Planinitiativ', 'Oppstartsmøte'].map(async (title) => (await diagram.locator('.react-flow__node').filter({ hasText: title }).boundingBox())!),
        );
        const left = Math.min(...boxes.map((b) => b.x));
        const top = Math.min(...boxes.map((b) => b.y));
        const width = Math.max(...boxes.map((b) => b.x + b.width)) - left;
        const height = Math.max(...boxes.map((b) => b.y + b.height)) - top;
        return Math.max(width / viewport.width, height / viewport.height);
      };
      await expect.poll(phase, { timeout: 10_000 }).toBeGreaterThan(0.7);
      expect(await phase(), `phase fill ${size(viewport)}`).toBeLessThan(0.97);
      expect(await diagram.locator('.diagram-toolbar').isVisible()).toBe(false);
      expect(await diagram.locator('.meeting-tools__bar').isVisible()).toBe(false);
      await shot(diagram, `slide-diagram-${size(viewport)}`);
      if (viewport === sizes[0] || viewport.width === 3840) expect(await checkAccessibility(diagram), `diagram slide ${size(viewport)}`).toEqual([]);
      await diagram.keyboard.press('Escape');
      await diagram.getByRole('group', { name: 'Presentasjon' }).waitFor({ state: 'detached' });
    }
  }, 300_000);

  it('shows exactly the presenter’s area on the meeting-room screen, letterboxed and never cropped, as either changes size, and says when the connection is lost and back', async () => {
    const screenPath = `${await viewLink(framesId)}?visning=skjerm`;
    const following = (screen: Page) => screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 15_000 });
    /** A meeting-room screen opened from the view link: the board alone, the whole window. */
    const openScreen = async (viewport: { width: number; height: number }) => {
      const screen = await newPage(null, viewport);
      await screen.goto(`${server.url}${screenPath}`);
      await screen.waitForURL(/\/tavler\/.+\?visning=skjerm$/);
      await screen.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
      expect(await screen.locator('.site-header, .board-bar').count()).toBe(0);
      return screen;
    };
    const startPresenting = async () => {
      await presenter.getByRole('button', { name: 'Presenter for alle' }).click({ timeout: 30_000 });
      await presenter.getByRole('button', { name: 'Slutt å presentere' }).waitFor({ timeout: 15_000 });
    };
    /** The screen at this size shows the presenter's area as they see it now: same shape, whole, as large as fits. */
    const showsPresentersArea = async (screen: Page, screenViewport: { width: number; height: number }, label: string) => {
      const stage = await box(screen, '[data-testid="canvas-stage"]');
      expect(stage, `screen stage ${label}`).toMatchObject({ x: 0, y: 0, width: screenViewport.width, height: screenViewport.height });
      const presenterStage = await box(presenter, '[data-testid="canvas-stage"]');
      const area = screen.getByTestId('screen-presented-area');
      await area.waitFor({ state: 'attached' });
      const presented = async () => {
        const [left, top, width, height] = (await area.getAttribute('data-box'))!.split(',').map(Number) as [number, number, number, number];
        return { x: left, y: top, width, height };
      };
      const note = async (page: Page) => box(page, '.tl-shape[data-shape-id="shape:lapp0"]');
      // Same shape as the presenter's board, as large as the screen allows (a fit made for the size
      // before is too large or too small), with the note at the same place in it (text scales too).
      const fit = async () => {
        const shown = await presented();
        const there = await note(presenter);
        const here = await note(screen);
        return Math.max(
          Math.abs(shown.width / shown.height - presenterStage.width / presenterStage.height),
          Math.abs(1 - Math.max(shown.width / screenViewport.width, shown.height / screenViewport.height)),
          Math.abs((here.x - shown.x) / shown.width - (there.x - presenterStage.x) / presenterStage.width),
          Math.abs((here.y - shown.y) / shown.height - (there.y - presenterStage.y) / presenterStage.height),
          Math.abs(here.width / shown.width - there.width / presenterStage.width),
        );
      };
      await expect.poll(fit, { timeout: 10_000, message: `presented area ${label}` }).toBeLessThan(0.02);
      const shown = await presented();
      expect(inside(shown, screenViewport, -1), `inside ${label}: ${JSON.stringify(shown)}`).toBe(true);
      // The screen's status (who presents, the timer, the connection) sits in the dark band beside
      // the presenter's area, never over it.
      const overlapsArea = async () => {
        const info = await box(screen, '[data-testid="screen-info"]');
        return (
          info.x < shown.x + shown.width - 1 && info.x + info.width > shown.x + 1 && info.y < shown.y + shown.height - 1 && info.y + info.height > shown.y + 1
        );
      };
      await expect.poll(overlapsArea, { message: `status beside the area ${label}` }).toBe(false);
      await shot(screen, `screen-${label}`);
      return overlapsArea;
    };

    // A tall, narrow presenter; the screen opens at 1920×1080 before anyone presents: the whole board.
    const presenter = await openBoard(`/tavler/${framesId}`, admin, 'canvas', { width: 900, height: 1000 });
    let screen = await openScreen(sizes[2]);
    await screen.getByText('Venter på at noen presenterer …').waitFor();
    for (const id of ['ramme0', 'ramme1', 'ramme2']) {
      await expect.poll(async () => inside(await box(screen, `.tl-shape[data-shape-id="shape:${id}"]`), sizes[2], 0), { timeout: 10_000 }).toBe(true);
    }
    // Frame names grow with the screen (tldraw draws them at 12 px, as for a laptop): 18 px at 1080p,
    // whole, and on the screen above their frames.
    const frameNames = () =>
      screen.locator('.tl-frame-heading').evaluateAll((headings) =>
        headings.map((heading) => {
          const label = heading.querySelector('.tl-frame-label')!;
          return {
            size: parseFloat(getComputedStyle(heading).fontSize),
            cut: label.scrollWidth > label.clientWidth + 1,
            top: heading.getBoundingClientRect().top,
          };
        }),
      );
    await expect.poll(async () => (await frameNames()).length).toBe(3);
    for (const name of await frameNames()) {
      expect(name).toMatchObject({ size: 18, cut: false });
      expect(name.top).toBeGreaterThanOrEqual(0);
    }
    await shot(screen, `screen-whole-board-${size(sizes[2])}`);

    await startPresenting();
    await following(screen);
    const overlapsArea = await showsPresentersArea(screen, sizes[2], `smal-presenter-${size(sizes[2])}`);
    expect(await checkAccessibility(screen)).toEqual([]);
    // The connection drops and comes back: the screen says so, both times, and follows again.
    await server.stop('SIGKILL');
    await screen.getByText('Forbindelsen er brutt.', { exact: false }).waitFor({ timeout: 20_000 });
    expect(await overlapsArea()).toBe(false);
    await shot(screen, `screen-connection-lost-${size(sizes[2])}`);
    await server.restart();
    await screen.getByText('Forbindelsen er tilbake.').waitFor({ timeout: 30_000 });
    await startPresenting();
    await following(screen);
    // The screen changes size (another projector, another resolution) and keeps fitting the area.
    for (const screenViewport of [sizes[0], sizes[1], { width: 3840, height: 2160 }]) {
      await screen.setViewportSize(screenViewport);
      await showsPresentersArea(screen, screenViewport, `smal-presenter-${size(screenViewport)}`);
    }
    // On a 4K screen people's pointers and name tags are three times tldraw's size, as the board is.
    const pointerZoom = () =>
      screen.evaluate(() => {
        const item = document.createElement('div');
        item.className = 'tl-collaborators__item';
        const tag = item.appendChild(document.createElement('div'));
        tag.className = 'tl-nametag';
        document.querySelector('.board-page--screen .tl-canvas')!.append(item);
        const zoom = getComputedStyle(tag).zoom;
        item.remove();
        return zoom;
      });
    expect(await pointerZoom()).toBe('3');
    await screen.context().close();

    // The presenter's window turns wide; a screen that joins while they present goes straight to
    // their area, in 4K and then at each size.
    await presenter.setViewportSize({ width: 1900, height: 700 });
    screen = await openScreen({ width: 3840, height: 2160 });
    await following(screen);
    for (const screenViewport of [{ width: 3840, height: 2160 }, sizes[2], sizes[0], sizes[1]]) {
      await screen.setViewportSize(screenViewport);
      await showsPresentersArea(screen, screenViewport, `brei-presenter-${size(screenViewport)}`);
    }
    await presenter.getByRole('button', { name: 'Slutt å presentere' }).click();
    await screen.getByText('Venter på at noen presenterer …').waitFor();
  }, 300_000);

  it('keeps the meeting-room screen’s status small over the board when there is no band beside the presenter’s area, and lets it fade', async () => {
    const presenter = await openBoard(`/tavler/${framesId}`, admin, 'canvas', sizes[2]);
    const screen = await newPage(null, sizes[2]);
    await screen.goto(`${server.url}${await viewLink(framesId)}?visning=skjerm`);
    await screen.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    await presenter.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 15_000 });
    // The presenter's board is nearly the screen's shape: no band wide enough, so the status fades.
    const info = screen.getByTestId('screen-info');
    const opacity = () => info.evaluate((element) => getComputedStyle(element).opacity);
    await expect.poll(opacity, { timeout: 15_000 }).toBe('0');
    await shot(screen, `screen-same-shape-${size(sizes[2])}`);
    // Still there for screen readers, and back when something changes (the presenter stops).
    expect(await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).count()).toBe(1);
    await presenter.getByRole('button', { name: 'Slutt å presentere' }).click();
    await expect.poll(opacity, { timeout: 10_000 }).toBe('1');
    await screen.context().close();
    await presenter.context().close();
  }, 120_000);
});

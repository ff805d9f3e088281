import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  addNote,
  admin,
  adminEnv,
  ApiSession,
  checkAccessibility,
  chromiumPath,
  launchBrowser,
  loginAs,
  shapeWithText,
  startTestServer,
  type TestServer,
} from './support/index';

const kari = { email: 'kari@kvinesdal.kommune.test', password: 'kari-sitt-passord', name: 'Kari Kvinesdal' };
const mona = { email: 'mona@farsund.kommune.test', password: 'mona-sitt-passord', name: 'Mona Farsund' };
/** Another person with the administrator's name, from another municipality. */
const namesake = { email: 'ada@sirdal.kommune.test', password: 'ada-sitt-passord', name: 'Ada Administrator' };
type Person = typeof admin | typeof kari;

/** The choices of what a vote is over, as their labels read, the chosen one marked «(valgt)». */
const scopeChoices = (scope: Locator) =>
  scope
    .getByRole('radio')
    .evaluateAll((radios) =>
      (radios as HTMLInputElement[]).map((radio) => `${radio.checked ? '(valgt) ' : ''}${radio.labels?.[0]?.textContent?.trim() ?? ''}`),
    );

describe.skipIf(!chromiumPath)('meetings on a board', () => {
  let server: TestServer;
  let adminApi: ApiSession;
  let browser: Browser;
  let regionId: string;
  const contexts: BrowserContext[] = [];

  const createBoard = async (title: string, kind: 'canvas' | 'diagram') =>
    (await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { title, kind })).body.board.id;

  const actor = (id: string, name: string, x: number) => ({ id, type: 'aktor', position: { x, y: 0 }, data: { name, category: 'statlig' } });
  const diagramWithActors = async (title: string) => {
    const boardId = await createBoard(title, 'diagram');
    const imported = await adminApi.request(`/boards/${boardId}/diagram/import`, 'POST', {
      format: 'json',
      document: {
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: [
          actor('a', 'NVE', 0),
          actor('b', 'Naboer', 300),
          actor('c', 'Byggesak', 600),
          // A remark about the map, as the templates' instructions are: not something to vote on.
          { id: 'merknad', type: 'fritekst', position: { x: 0, y: -200 }, size: { width: 240, height: 60 }, data: { text: 'Legg til aktørene dere mangler.' } },
        ],
        edges: [],
      },
    });
    expect(imported.status).toBe(200);
    return boardId;
  };

  async function newPage(who: Person | null): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    if (who) await loginAs(page, server, who);
    return page;
  }

  /** Opens a board and waits for its editor and its meeting tools. */
  async function openBoard(boardId: string, who: Person, kind: 'canvas' | 'diagram'): Promise<Page> {
    const page = await newPage(who);
    await page.goto(`${server.url}/tavler/${boardId}`);
    if (kind === 'canvas') await page.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    else await page.locator('.react-flow__renderer').waitFor({ timeout: 30_000 });
    await page.getByRole('region', { name: 'Møteverktøy' }).getByRole('timer').waitFor({ timeout: 15_000 });
    return page;
  }

  /** Where an element's centre is inside a container, as fractions of the container's size. */
  async function placeIn(element: Locator, container: Locator) {
    const box = (await element.boundingBox())!;
    const area = (await container.boundingBox())!;
    return { x: (box.x + box.width / 2 - area.x) / area.width, y: (box.y + box.height / 2 - area.y) / area.height };
  }

  /** Marks the live regions in the page now, to tell later whether a message came in one of them. */
  const markLiveRegions = (page: Page) =>
    page.evaluate(() => document.querySelectorAll('[role="status"], [aria-live]').forEach((region) => region.setAttribute('data-was-there', '')));
  /** What the live regions marked by `markLiveRegions` say now (a screen reader often skips one that arrives with its text). */
  const saidInRegionsThatWereThere = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('[data-was-there]')].map((region) => region.textContent?.trim() ?? ''));
  /** The element with the keyboard, as its tag and text: `BODY …` when focus was lost. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element === document.body || !element ? 'BODY' : `${element.tagName} ${element.textContent?.trim()}`;
    });

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    adminApi = await ApiSession.login(server);
    browser = await launchBrowser();
    regionId = await adminApi.demoRegionId();
    for (const person of [kari, mona, namesake]) {
      const invitation = (await adminApi.request<{ invitation: { path: string } }>(`/regions/${regionId}/invitations`, 'POST', { role: 'medlem' })).body;
      const registered = await new ApiSession(server).request(`/invitations/by-token/${invitation.invitation.path.split('/').pop()}/register`, 'POST', {
        email: person.email,
        displayName: person.name,
        password: person.password,
      });
      expect(registered.status).toBe(201);
    }
  }, 120_000);

  afterEach((context) => {
    if (context.task.result?.state === 'fail') console.log(`server output:\n${server.output().slice(-4000)}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.dispose();
  });

  it('on a canvas, the follower’s view moves with the presenter’s until they step out, and back in with one click', async () => {
    const boardId = await createBoard('Presentasjon på lerret', 'canvas');
    const ada = await openBoard(boardId, admin, 'canvas');
    const follower = await openBoard(boardId, kari, 'canvas');
    await addNote(ada, 'Felles mål', { x: 400, y: 300 });
    await shapeWithText(follower, 'Felles mål').waitFor({ timeout: 10_000 });

    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await follower.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();
    // Each side reads its status whole, not cut off with an ellipsis.
    for (const [page, text] of [
      [ada, 'Du presenterer for alle.'],
      [follower, 'Du følger Ada Administrator.'],
    ] as const) {
      const status = page.locator('.meeting-follow__text').filter({ hasText: text });
      expect(await status.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    }
    const adaStage = ada.getByTestId('canvas-stage');
    const followerStage = follower.getByTestId('canvas-stage');
    const pan = async (dx: number, dy: number) => {
      const box = (await adaStage.boundingBox())!;
      await ada.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await ada.mouse.wheel(dx, dy);
    };
    const expectSamePlace = async () => {
      const there = await placeIn(shapeWithText(ada, 'Felles mål'), adaStage);
      await expect
        .poll(
          async () => {
            const here = await placeIn(shapeWithText(follower, 'Felles mål'), followerStage);
            return Math.max(Math.abs(here.x - there.x), Math.abs(here.y - there.y));
          },
          { timeout: 10_000 },
        )
        .toBeLessThan(0.06);
    };

    await pan(250, 150);
    await expectSamePlace();
    const before = await placeIn(shapeWithText(follower, 'Felles mål'), followerStage);

    await follower.getByRole('button', { name: 'Slutt å følge' }).click();
    await follower.getByRole('status').filter({ hasText: 'Ada Administrator presenterer.' }).waitFor();
    await pan(-400, -200);
    // The presenter's view moved; the follower's stayed where it was.
    await expect.poll(async () => (await placeIn(shapeWithText(ada, 'Felles mål'), adaStage)).x - before.x).toBeGreaterThan(0.15);
    // A short wait to show something does NOT happen: the follower who stopped following stays put.
    await new Promise((resolve) => setTimeout(resolve, 800));
    const after = await placeIn(shapeWithText(follower, 'Felles mål'), followerStage);
    expect(Math.abs(after.x - before.x) + Math.abs(after.y - before.y)).toBeLessThan(0.01);

    await follower.getByRole('button', { name: 'Følg Ada Administrator' }).click();
    await expectSamePlace();

    await ada.getByRole('button', { name: 'Slutt å presentere' }).click();
    await follower.getByRole('status').filter({ hasText: 'Ingen presenterer nå.' }).waitFor();
  });

  it('counts the meeting-room screen as no one on the board: not among those here, on a canvas and on a diagram', async () => {
    for (const kind of ['canvas', 'diagram'] as const) {
      const boardId = kind === 'canvas' ? await createBoard('Møterommet teller ikke', 'canvas') : await diagramWithActors('Møterommet teller ikke');
      const ada = await openBoard(boardId, admin, kind);
      const here = ada.getByRole('region', { name: 'Hvem er her' });
      await openBoard(boardId, kari, kind);
      await expect.poll(() => here.textContent(), { timeout: 15_000, message: kind }).toContain(kari.name);
      const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
      const screen = await newPage(null);
      await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
      await screen.getByText('Venter på at noen presenterer …').waitFor({ timeout: 30_000 });
      // Long enough for the screen's presence to have reached Ada, had it sent any (under a second).
      await ada.waitForTimeout(2_000);
      expect(await here.textContent(), kind).toBe(`Også her nå:${kari.name}`);
    }
  });

  it('opens a diagram as a meeting-room screen with nothing but the diagram: no tools, zoom buttons or connection dots', async () => {
    const boardId = await diagramWithActors('Møterommet med aktørkart');
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.waitForURL(/\/tavler\/.+\?visning=skjerm$/);
    await screen.locator('.react-flow__node', { hasText: 'Naboer' }).waitFor({ timeout: 30_000 });
    await screen.getByText('Venter på at noen presenterer …').waitFor();
    for (const name of ['Ny aktør', 'Zoom inn', 'Zoom ut', 'Vis hele diagrammet', 'Presenter for alle']) {
      expect(await screen.getByRole('button', { name }).count(), name).toBe(0);
    }
    const handles = await screen.locator('.react-flow__handle').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).opacity));
    expect(handles.length).toBeGreaterThan(0);
    expect(new Set(handles)).toEqual(new Set(['0']));
    expect(await screen.locator('.react-flow__attribution').isVisible()).toBe(false);
  });

  it('shows the whole plan process on the meeting-room screen before anyone presents, its own lane names in view and nothing over its first steps', async () => {
    // The screen fitted the nodes alone: the lanes' names fell just outside, and the names held in
    // their place (wider, in the screen's larger type) covered the first phase's steps.
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-felles-planprosess' });
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${made.body.board.id}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.getByText('Venter på at noen presenterer …').waitFor({ timeout: 30_000 });
    const whole = () =>
      screen.evaluate(() => {
        const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
        const inside = (r: DOMRect) => r.left >= pane.left - 1 && r.right <= pane.right + 1 && r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1;
        const nodes = [...document.querySelectorAll('.react-flow__node')].map((node) => node.getBoundingClientRect());
        const laneNames = [...document.querySelectorAll('.diagram-band--lane .diagram-band__label')].map((label) => label.getBoundingClientRect());
        return {
          nodes: nodes.length,
          nodesInside: nodes.every(inside),
          laneNamesInside: laneNames.length > 0 && laneNames.every(inside),
          held: document.querySelectorAll('.pinned-band').length,
        };
      });
    await expect.poll(whole, { timeout: 10_000 }).toEqual({ nodes: expect.any(Number), nodesInside: true, laneNamesInside: true, held: 0 });
    expect((await whole()).nodes).toBeGreaterThan(20);
  });

  it('on the meeting-room screen of a canvas, the presenter’s pointer shows, their selection and everyone else’s pointer do not', async () => {
    const boardId = await createBoard('Møterommet uten markering', 'canvas');
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    const ada = await openBoard(boardId, admin, 'canvas');
    await addNote(ada, 'Saken i dag', { x: 400, y: 300 });
    // Nobody presents yet: someone working on the board puts no pointer on the wall.
    await ada.mouse.move(500, 420, { steps: 5 });
    await shapeWithText(screen, 'Saken i dag').waitFor({ timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await screen.locator('.tl-collaborator__cursor').count()).toBe(0);
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();
    await shapeWithText(screen, 'Saken i dag').waitFor({ timeout: 10_000 });

    // Ada selects her note and points beside it.
    const note = (await shapeWithText(ada, 'Saken i dag').boundingBox())!;
    await ada.mouse.click(note.x + note.width / 2, note.y + note.height / 2);
    await ada.mouse.move(note.x + note.width + 80, note.y + note.height / 2, { steps: 5 });

    // The room sees her pointer with her name…
    const pointer = screen.locator('.tl-collaborator__cursor').filter({ hasText: 'Ada Administrator' });
    await pointer.waitFor({ timeout: 10_000 });
    expect(await pointer.isVisible()).toBe(true);
    // …and no outline of what she selected: tldraw draws others' selections on its overlay, which
    // has nothing else to draw on a screen that edits nothing.
    const drawnOnOverlay = () =>
      screen.evaluate(() => {
        const overlay = document.querySelector<HTMLCanvasElement>('canvas.tl-canvas-overlays');
        if (!overlay || overlay.width === 0) return 0;
        const pixels = overlay.getContext('2d')!.getImageData(0, 0, overlay.width, overlay.height).data;
        let drawn = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) drawn++;
        return drawn;
      });
    // Given the time to arrive (the pointer above came with the same presence).
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await drawnOnOverlay()).toBe(0);

    // Kari, on the board in the meeting, moves her pointer over it: it is not put on the wall.
    const kariPage = await openBoard(boardId, kari, 'canvas');
    await shapeWithText(kariPage, 'Saken i dag').waitFor({ timeout: 10_000 });
    await kariPage.mouse.move(300, 300);
    await kariPage.mouse.move(600, 400, { steps: 10 });
    await ada.locator('.tl-collaborator__cursor').filter({ hasText: 'Kari Kvinesdal' }).waitFor({ timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await screen.locator('.tl-collaborator__cursor').filter({ hasText: 'Kari Kvinesdal' }).count()).toBe(0);
    expect(await pointer.isVisible()).toBe(true);

    // Nor does another Ada Administrator's: the presenter is matched by account, not by name.
    const other = await openBoard(boardId, namesake, 'canvas');
    await shapeWithText(other, 'Saken i dag').waitFor({ timeout: 10_000 });
    await other.mouse.move(300, 600);
    await other.mouse.move(700, 650, { steps: 10 });
    await expect.poll(() => ada.locator('.tl-collaborator__cursor').filter({ hasText: 'Ada Administrator' }).count(), { timeout: 10_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await screen.locator('.tl-collaborator__cursor').filter({ hasText: 'Ada Administrator' }).count()).toBe(1);
  });

  it('on the meeting-room screen of a diagram, the presenter’s pointer shows, their selection, its name tag and everyone else’s pointer do not', async () => {
    const boardId = await diagramWithActors('Møterommet med aktørkart uten markering');
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.locator('.react-flow__node', { hasText: 'Naboer' }).waitFor({ timeout: 30_000 });
    const ada = await openBoard(boardId, admin, 'diagram');
    // Nobody presents yet: someone working on the board puts no pointer on the wall.
    const adaNode = ada.locator('.react-flow__node').filter({ hasText: 'Naboer' });
    const adaBox = (await adaNode.boundingBox())!;
    await ada.mouse.move(adaBox.x + adaBox.width + 30, adaBox.y, { steps: 5 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await screen.locator('.diagram-cursor').count()).toBe(0);
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();

    // Ada selects an actor and points beside it.
    const node = ada.locator('.react-flow__node').filter({ hasText: 'Naboer' });
    await node.click();
    const box = (await node.boundingBox())!;
    await ada.mouse.move(box.x + box.width + 60, box.y + box.height + 40, { steps: 5 });

    const flow = screen.locator('.react-flow');
    // The room sees her pointer with her name…
    await flow.locator('.diagram-cursor').filter({ hasText: 'Ada Administrator' }).waitFor({ timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 800));
    // …but her name on the actor she selected, or its outline in her colour, nowhere.
    const shown = screen.locator('.react-flow__node').filter({ hasText: 'Naboer' });
    expect(await shown.getByText('Ada Administrator').count()).toBe(0);
    expect(await shown.locator('.diagram-node').evaluate((element) => getComputedStyle(element).boxShadow)).not.toMatch(/3px/);

    // Kari, on the board in the meeting, moves her pointer over it: it is not put on the wall.
    const kariPage = await openBoard(boardId, kari, 'diagram');
    const kariBox = (await kariPage.locator('.react-flow__node').filter({ hasText: 'Naboer' }).boundingBox())!;
    await kariPage.mouse.move(kariBox.x - 40, kariBox.y - 40);
    await kariPage.mouse.move(kariBox.x + kariBox.width + 40, kariBox.y + 20, { steps: 10 });
    await ada.locator('.diagram-cursor').filter({ hasText: 'Kari Kvinesdal' }).waitFor({ timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await flow.locator('.diagram-cursor').filter({ hasText: 'Kari Kvinesdal' }).count()).toBe(0);
    expect(await flow.locator('.diagram-cursor').filter({ hasText: 'Ada Administrator' }).count()).toBe(1);
  });

  it('on a diagram, the follower’s view follows the presenter’s too', async () => {
    const boardId = await diagramWithActors('Presentasjon av aktørkart');
    const ada = await openBoard(boardId, admin, 'diagram');
    const follower = await openBoard(boardId, kari, 'diagram');
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await follower.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();

    const node = (page: Page) => page.locator('.react-flow__node').filter({ hasText: 'Naboer' });
    const flow = (page: Page) => page.locator('.react-flow');
    // Ada drags the empty background: her view pans.
    const box = (await flow(ada).boundingBox())!;
    await ada.mouse.move(box.x + box.width - 60, box.y + box.height - 60);
    await ada.mouse.down();
    await ada.mouse.move(box.x + box.width - 260, box.y + box.height - 160, { steps: 8 });
    await ada.mouse.up();
    const there = await placeIn(node(ada), flow(ada));
    await expect
      .poll(
        async () => {
          const here = await placeIn(node(follower), flow(follower));
          return Math.max(Math.abs(here.x - there.x), Math.abs(here.y - there.y));
        },
        { timeout: 10_000 },
      )
      .toBeLessThan(0.06);
  });

  it('shows the same timer on every screen, with a clear end signal', async () => {
    const boardId = await diagramWithActors('Tidsstyrt møte');
    const ada = await openBoard(boardId, admin, 'diagram');
    const follower = await openBoard(boardId, kari, 'diagram');
    await ada.getByRole('button', { name: 'Still inn tid' }).click();
    await ada.getByRole('textbox', { name: 'Minutter' }).fill('2');
    await ada.getByRole('button', { name: 'Still inn', exact: true }).click();
    await follower.getByRole('timer').filter({ hasText: '2:00' }).waitFor();
    await ada.getByRole('button', { name: 'Start', exact: true }).click();
    await follower
      .getByRole('timer')
      .filter({ hasText: /^1:5\d$/ })
      .waitFor({ timeout: 10_000 });
    const seconds = (text: string | null) => {
      const [m, s] = (text ?? '').split(':').map(Number);
      return m! * 60 + s!;
    };
    const [a, b] = await Promise.all([ada.getByRole('timer').textContent(), follower.getByRole('timer').textContent()]);
    expect(Math.abs(seconds(a) - seconds(b))).toBeLessThanOrEqual(1);

    await ada.getByRole('button', { name: 'Pause' }).click();
    await follower.getByRole('button', { name: 'Pause' }).waitFor({ state: 'detached' });
    await expect.poll(async () => (await follower.getByRole('timer').textContent()) === (await ada.getByRole('timer').textContent())).toBe(true);

    await ada.getByRole('textbox', { name: 'Minutter' }).fill('0,05');
    await ada.getByRole('button', { name: 'Still inn', exact: true }).click();
    await follower.getByRole('timer').filter({ hasText: '0:03' }).waitFor();
    await ada.getByRole('button', { name: 'Start', exact: true }).click();
    await follower.getByRole('alert').filter({ hasText: 'Tiden er ute' }).waitFor({ timeout: 10_000 });
    await ada.getByRole('alert').filter({ hasText: 'Tiden er ute' }).waitFor();
    expect(await follower.getByRole('timer').textContent()).toBe('0:00');
  });

  // Three browsers (and, below, a server restart) take longer than most tests when the machine is busy.
  it('counts three people voting at once exactly, ranks the result and keeps it after the vote closes', async () => {
    const boardId = await diagramWithActors('Prioritering av aktører');
    const ada = await openBoard(boardId, admin, 'diagram');
    await ada.getByRole('button', { name: 'Prikkstemming' }).click();
    await ada.getByRole('spinbutton', { name: 'Prikker per deltaker' }).fill('3');
    await ada.getByRole('button', { name: 'Start stemming over 3 punkter' }).click();
    const voters = [ada, await openBoard(boardId, kari, 'diagram'), await openBoard(boardId, mona, 'diagram')];
    const plans = [
      ['NVE', 'NVE', 'Naboer'],
      ['NVE', 'Byggesak', 'Byggesak'],
      ['NVE', 'Naboer', 'Naboer'],
    ];
    for (const page of voters) await page.getByText('Du har 3 av 3 prikker igjen.').waitFor();
    await Promise.all(
      voters.map(async (page, i) => {
        for (const label of plans[i]!) await page.getByRole('button', { name: `Gi prikk til «${label}»` }).click();
      }),
    );
    for (const page of voters) {
      await page.getByText('Du har 0 av 3 prikker igjen.').waitFor({ timeout: 10_000 });
      await page.getByText('Stemmingen pågår. 3 deltakere har stemt.').waitFor({ timeout: 10_000 });
    }
    // The counts show on the nodes themselves.
    await expect.poll(() => voters[1]!.locator('[data-badge-for="a"]').textContent()).toBe('4 prikker');
    // With no dots left, giving one more changes nothing.
    await voters[2]!.getByRole('button', { name: 'Gi prikk til «Byggesak»' }).click({ force: true });
    // A short wait to show something does NOT happen: the extra dot is not counted.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await voters[2]!.locator('[data-badge-for="c"]').textContent()).toBe('2 prikker');

    expect(await checkAccessibility(ada)).toEqual([]);
    await ada.getByRole('button', { name: 'Avslutt stemmingen' }).click();
    for (const page of voters) {
      const ranked = page.getByRole('list', { name: 'Resultat, flest prikker først' }).getByRole('listitem');
      await expect
        .poll(() => ranked.allTextContents())
        .toEqual([expect.stringMatching(/^NVE 4 prikker Stemt av /), expect.stringMatching(/^Naboer 3 prikker/), expect.stringMatching(/^Byggesak 2 prikker/)]);
    }
    // A closed vote stays on the board for whoever comes later.
    const late = await openBoard(boardId, kari, 'diagram');
    await late.getByText('Stemmingen er avsluttet. 3 deltakere stemte.').waitFor();
    expect(await late.getByRole('list', { name: 'Resultat, flest prikker først' }).getByRole('listitem').first().textContent()).toMatch(/^NVE 4 prikker/);
  }, 150_000);

  it('runs a vote from the keyboard: the keyboard stays in the panel, a quick second Enter on «Avslutt stemmingen» leaves the result, and each step is said in a live region that was there', async () => {
    const boardId = await diagramWithActors('Stemming med tastaturet');
    const ada = await openBoard(boardId, admin, 'diagram');
    const kariPage = await openBoard(boardId, kari, 'diagram');
    await ada.getByRole('button', { name: 'Prikkstemming' }).click();
    await markLiveRegions(ada);
    await markLiveRegions(kariPage);

    await ada.getByRole('button', { name: 'Start stemming over 3 punkter' }).focus();
    await ada.keyboard.press('Enter');
    // The form with the button goes; the keyboard goes to the panel's heading, not the page's body.
    await expect.poll(() => focused(ada)).toBe('H2 Prikkstemming');
    const started = 'Stemmingen har startet, med 3 prikker per deltaker.';
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain(started);
    // Kari's panel opens with the vote; she hears it from the bar, which was there before.
    await expect.poll(() => saidInRegionsThatWereThere(kariPage)).toContain(started);
    await kariPage.getByRole('button', { name: 'Gi prikk til «NVE»' }).click();
    await expect.poll(() => saidInRegionsThatWereThere(kariPage)).toContain('Prikk gitt til «NVE». Du har 2 igjen.');
    await ada.getByText('Stemmingen pågår. 1 deltaker har stemt.').waitFor();

    // Enter, and Enter again a quarter of a second later, as a keyboard user did (the wait is the person's, not the server's).
    await ada.getByRole('button', { name: 'Avslutt stemmingen' }).focus();
    await ada.keyboard.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 250));
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('H2 Prikkstemming');
    await expect.poll(() => saidInRegionsThatWereThere(kariPage)).toContain('Stemmingen er stengt. Resultatet vises nå, med flest prikker først.');
    // Anything Ada's keys sent reaches the server before what she sends next; once that is seen,
    // the result is still on Kari's screen.
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await kariPage.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();
    const kariResult = kariPage.getByRole('list', { name: 'Resultat, flest prikker først' }).getByRole('listitem');
    expect(await kariResult.allTextContents()).toEqual([
      expect.stringMatching(/^NVE 1 prikk/),
      expect.stringMatching(/^Naboer 0 prikker/),
      expect.stringMatching(/^Byggesak 0 prikker/),
    ]);

    // Cleared on purpose: the panel stays, to start another vote, with the keyboard on its heading.
    await ada.getByRole('button', { name: 'Fjern resultatet' }).focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('H2 Prikkstemming');
    await ada.getByRole('button', { name: 'Start stemming over 3 punkter' }).waitFor();
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain('Resultatet av stemmingen er fjernet fra tavla.');
    await kariResult.first().waitFor({ state: 'detached' });
  }, 150_000);

  it('runs an anonymous round from the keyboard: the keyboard stays on the panel, and its start and end are said in a live region that was there', async () => {
    const boardId = await createBoard('Innspill med tastaturet', 'diagram');
    const ada = await openBoard(boardId, admin, 'diagram');
    await ada.getByRole('button', { name: 'Anonym runde' }).click();
    await ada.getByRole('textbox', { name: 'Navn på runden' }).fill('Innspill');
    await markLiveRegions(ada);

    await ada.getByRole('button', { name: 'Start anonym runde' }).focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('H2 Anonym runde');
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain('«Innspill» har startet. Lapper som skrives nå, vises uten navn.');

    await ada.getByRole('button', { name: 'Avslutt runden' }).focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('H2 Anonym runde');
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain('«Innspill» er avsluttet, med 0 lapper.');
  });

  it('presents and stops from the keyboard without losing it: each press leaves it on the button that undoes it', async () => {
    const boardId = await createBoard('Presentasjon med tastaturet', 'diagram');
    const ada = await openBoard(boardId, admin, 'diagram');
    await markLiveRegions(ada);
    await ada.getByRole('button', { name: 'Presenter for alle' }).focus();
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('BUTTON Slutt å presentere');
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain('Du presenterer for alle.');
    await ada.keyboard.press('Enter');
    await expect.poll(() => focused(ada)).toBe('BUTTON Presenter for alle');
    await expect.poll(() => saidInRegionsThatWereThere(ada)).toContain('Ingen presenterer nå.');
  });

  it('on a canvas worksheet, a vote is over what the group wrote, in the frame around the selection or on the whole board', async () => {
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', {
      title: 'Formålet vårt',
      kind: 'canvas',
      templateId: 'vart-formal',
    });
    const boardId = made.body.board.id;
    const ada = await openBoard(boardId, admin, 'canvas');
    const voteStart = ada.getByRole('region', { name: 'Møteverktøy' });
    // The worksheet's questions and examples are not votes' items: there is nothing to vote on yet.
    await voteStart.getByRole('button', { name: 'Prikkstemming' }).click();
    await ada.getByText('Tavla har ingen lapper eller noder å stemme over ennå.', { exact: false }).waitFor();
    await voteStart.getByRole('button', { name: 'Lukk', exact: true }).click();

    // Kari writes what Flekkefjord contributes in the worksheet's note for it («Vi bidrar med …»).
    const kariPage = await openBoard(boardId, kari, 'canvas');
    const flekkefjord = kariPage.locator('.tl-shape[data-shape-type="frame"]').filter({ hasText: 'Flekkefjord' });
    const prompt = (await flekkefjord.boundingBox())!;
    await kariPage.mouse.dblclick(prompt.x + prompt.width / 2, prompt.y + prompt.height / 2 + 10);
    await kariPage.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]').first().waitFor();
    await kariPage.keyboard.press('ControlOrMeta+a');
    await kariPage.keyboard.type('En planlegger to dager i måneden');
    await kariPage.keyboard.press('Escape');
    await shapeWithText(ada, 'En planlegger to dager i måneden').waitFor({ timeout: 10_000 });

    // Ada writes two goals in «Hva vil vi oppnå sammen?», under the worksheet's examples.
    const goals = (await ada.locator('.tl-shape[data-shape-type="frame"]').filter({ hasText: 'Hva vil vi oppnå sammen?' }).boundingBox())!;
    const stage = (await ada.getByTestId('canvas-stage').boundingBox())!;
    const inGoals = (fx: number) => ({ x: goals.x - stage.x + goals.width * fx, y: goals.y - stage.y + goals.height * 0.85 });
    await addNote(ada, 'Svar på høringer innen tre uker', inGoals(0.2));
    await addNote(ada, 'Felles mal for oppstartsmøter', inGoals(0.6));

    // With one of them selected, the vote is about that frame, and can be widened to the whole board.
    await shapeWithText(ada, 'Svar på høringer innen tre uker').click();
    await voteStart.getByRole('button', { name: 'Prikkstemming' }).click();
    // A few choices are radio buttons, each name shown whole.
    const scope = ada.getByRole('group', { name: 'Stem over' });
    expect(await scopeChoices(scope)).toEqual(['Hele tavla (3 punkter)', '(valgt) Hva vil vi oppnå sammen? (2 punkter)']);
    await ada.getByRole('button', { name: 'Start stemming over 2 punkter' }).waitFor();
    expect(await checkAccessibility(ada)).toEqual([]);
    await scope.getByRole('radio', { name: 'Hele tavla (3 punkter)' }).check();
    await ada.getByRole('button', { name: 'Start stemming over 3 punkter' }).click();
    const items = ada.getByRole('list', { name: 'Punkter å stemme over' }).locator('.meeting-vote__label');
    await expect
      .poll(() => items.allTextContents())
      .toEqual(expect.arrayContaining(['Svar på høringer innen tre uker', 'Felles mal for oppstartsmøter', 'En planlegger to dager i måneden']));
    expect(await items.count()).toBe(3);
    // Over the whole board, it is about no part of it.
    expect(await ada.getByText(/^Gjelder «/).count()).toBe(0);
  }, 150_000);

  it('marks the prompts of a worksheet made before prompts were marked, once, when someone who may edit opens it', async () => {
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'vart-formal', title: 'Eldre formål' });
    const boardId = made.body.board.id;
    type Record = { typeName: string; type?: string; meta: { [key: string]: unknown } };
    const stored = async () => (await adminApi.request<{ records: Record[] }>(`/boards/${boardId}/canvas/export.tldr`)).body;
    // The board as such a board is stored: no mark on its notes or its document.
    const file = await stored();
    for (const record of file.records) if (record.typeName === 'shape' || record.typeName === 'document') record.meta = {};
    expect((await adminApi.request(`/boards/${boardId}/canvas/import`, 'POST', file)).status).toBe(200);
    const unmarked = (await stored()).records.filter((record) => record.type === 'note');
    expect(unmarked.length).toBeGreaterThan(10);
    expect(unmarked.some((note) => note.meta.prompt)).toBe(false);

    const ada = await openBoard(boardId, admin, 'canvas');
    const marked = async () => {
      const records = (await stored()).records;
      const notes = records.filter((record) => record.type === 'note');
      return {
        notes: notes.length,
        prompts: notes.filter((note) => note.meta.prompt === true).length,
        done: records.find((r) => r.typeName === 'document')?.meta.planromPromptsMarked,
      };
    };
    await expect.poll(marked, { timeout: 10_000 }).toEqual({ notes: unmarked.length, prompts: unmarked.length, done: true });
    await ada.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name: 'Prikkstemming' }).click();
    await ada.getByText('Tavla har ingen lapper eller noder å stemme over ennå.', { exact: false }).waitFor();
    // It was not something Ada did: undo does not take the marks back.
    const box = (await ada.getByTestId('canvas-stage').boundingBox())!;
    await ada.mouse.click(box.x + box.width - 40, box.y + box.height / 2);
    await ada.keyboard.press('ControlOrMeta+z');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await marked()).toEqual({ notes: unmarked.length, prompts: unmarked.length, done: true });
  }, 150_000);

  it('on a plan process, a vote starts on the phase of the selected step, and is over that phase’s steps', async () => {
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-felles-planprosess' });
    const ada = await openBoard(made.body.board.id, admin, 'diagram');
    await ada
      .locator('.react-flow__node')
      .filter({ has: ada.getByText('Oppstartsmøte', { exact: true }) })
      .click();
    await ada.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name: 'Prikkstemming' }).click();
    const scope = ada.getByRole('group', { name: 'Stem over' });
    const options = await scopeChoices(scope);
    const chosen = options.find((option) => option.startsWith('(valgt) '))!;
    expect(chosen).toMatch(/^\(valgt\) Oppstart og varsling \((\d+) punkter\)$/);
    const count = Number(/\((\d+) punkter\)/.exec(chosen)![1]);
    // Every phase with steps is offered, in the process's order, after the whole board.
    expect(options[0]).toMatch(/^Hele tavla \(\d+ punkter\)$/);
    expect(options.slice(1, 3).map((option) => option.replace(/^\(valgt\) /, '').replace(/ \(.*$/, ''))).toEqual([
      'Forarbeid og initiativ',
      'Oppstart og varsling',
    ]);
    await ada.getByRole('button', { name: `Start stemming over ${count} punkter` }).click();
    const items = ada.getByRole('list', { name: 'Punkter å stemme over' }).locator('.meeting-vote__label');
    await expect.poll(() => items.count()).toBe(count);
    const labels = await items.allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Oppstartsmøte', 'Varsling og kunngjøring av oppstart', 'Regionalt planforum']));
    expect(labels).not.toContain('Planinitiativ');
    // The vote says what it is about, for everyone in the meeting (and in its minutes).
    await ada.getByText('Gjelder «Oppstart og varsling».').waitFor();
  }, 150_000);

  it('on a plan process, the dot counts of steps under the vote’s panel do not cover the panel’s own result', async () => {
    // The counts are drawn above the whole page: on a laptop the first phase lies under the panel
    // docked at the left, and its «2 prikker» sat on top of the panel's text.
    const made = await adminApi.request<{ board: { id: string } }>(`/regions/${regionId}/boards`, 'POST', { templateId: 'en-felles-planprosess' });
    const ada = await openBoard(made.body.board.id, admin, 'diagram');
    await ada.setViewportSize({ width: 1366, height: 768 });
    const steps = ['Idé- og sonderingsfase', 'Planinitiativ'];
    const node = (title: string) => ada.locator('.react-flow__node').filter({ has: ada.getByText(title, { exact: true }) });
    await node('Planinitiativ').click();
    await ada.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name: 'Prikkstemming' }).click();
    await ada.getByRole('button', { name: 'Start stemming over 2 punkter' }).click();
    for (const title of steps) await ada.getByRole('button', { name: `Gi prikk til «${title}»` }).click();
    const ids = await Promise.all(steps.map((title) => node(title).getAttribute('data-id')));
    const badge = (id: string | null) => ada.locator(`[data-badge-for="${id}"]`);
    for (const id of ids) await expect.poll(() => badge(id).textContent()).toBe('1 prikk');

    /** Where the badges are drawn and seen, and where the sheet with the vote is. */
    const seen = () =>
      ada.evaluate((ids) => {
        const sheet = document.querySelector('[data-vote-item]')!.closest('[data-workspace-overlay]')!.getBoundingClientRect();
        const overlaps = (box: DOMRect) => box.left < sheet.right && box.right > sheet.left && box.top < sheet.bottom && box.bottom > sheet.top;
        return ids.map((id) => {
          const badge = document.querySelector<HTMLElement>(`[data-badge-for="${id}"]`)!;
          const node = document.querySelector(`.react-flow__node[data-id="${id}"]`)!;
          return {
            nodeUnderSheet: overlaps(node.getBoundingClientRect()),
            shown: getComputedStyle(badge).visibility !== 'hidden',
            overSheet: overlaps(badge.getBoundingClientRect()),
          };
        });
      }, ids);
    await expect.poll(async () => (await seen()).filter((step) => step.shown && step.overSheet)).toEqual([]);
    // Not a test of nothing: a step with a dot lies under the sheet here, and its count is hidden there.
    expect((await seen()).some((step) => step.nodeUnderSheet)).toBe(true);

    // With the sheet closed, every count is on its step again.
    await ada.getByRole('region', { name: 'Møteverktøy' }).getByRole('button', { name: 'Lukk', exact: true }).click();
    await expect
      .poll(() => ada.evaluate((ids) => ids.map((id) => getComputedStyle(document.querySelector(`[data-badge-for="${id}"]`)!).visibility), ids))
      .toEqual(['visible', 'visible']);
  }, 150_000);

  /** A canvas board on which Ada has started an anonymous round and Kari (the writer) is told so. */
  async function anonymousRound(boardTitle: string, roundName: string) {
    const boardId = await createBoard(boardTitle, 'canvas');
    const ada = await openBoard(boardId, admin, 'canvas');
    const writer = await openBoard(boardId, kari, 'canvas');
    await ada.getByRole('button', { name: 'Anonym runde' }).click();
    await ada.getByRole('textbox', { name: 'Navn på runden' }).fill(roundName);
    await ada.getByRole('button', { name: 'Start anonym runde' }).click();
    await writer.getByText(`«${roundName}» pågår: det du skriver nå, vises uten navn.`).waitFor();
    return { boardId, ada, writer };
  }

  it('hides who wrote a note in an anonymous round until the facilitator reveals it', async () => {
    const { boardId, ada, writer } = await anonymousRound('Faglig planvurdering', 'Innspill til planen');
    // The meeting-room screen speaks to the room, not to one person.
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.getByText('«Innspill til planen» pågår: det dere skriver nå, vises uten navn.').waitFor({ timeout: 30_000 });

    await addNote(writer, 'Mer om klima', { x: 500, y: 200 });
    await shapeWithText(ada, 'Mer om klima').waitFor({ timeout: 10_000 });
    await expect.poll(() => ada.locator('.meeting-badge').allTextContents(), { timeout: 10_000 }).toEqual(['Anonym']);
    await expect.poll(() => writer.locator('.meeting-badge').allTextContents()).toEqual(['Du (skjult for andre)']);
    // Her name is nowhere on Ada's board (the bar above it says who is here, which is no secret) but on
    // her live cursor (presence, drawn as elements since tldraw 5.4).
    const namedOnBoardOutsideCursors = (page: Page, name: string) =>
      page.evaluate(
        (name) =>
          [...document.querySelectorAll('[data-testid="board-editor-area"] *')].filter(
            (element) =>
              !element.closest('.tl-collaborators') &&
              [...element.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent?.includes(name)),
          ).length,
        name,
      );
    expect(await namedOnBoardOutsideCursors(ada, 'Kari Kvinesdal')).toBe(0);
    // Nor does the note itself carry her name (tldraw signs notes with their writer's first name).
    await shapeWithText(ada, 'Mer om klima').hover();
    expect(await ada.locator('.tl-note__attribution').allTextContents()).toEqual([]);
    expect(await writer.locator('.tl-note__attribution').allTextContents()).toEqual([]);

    await ada.getByRole('button', { name: 'Avslutt runden' }).click();
    await ada.getByText('Hvem som skrev, er skjult.').waitFor();
    expect(await ada.locator('.meeting-badge').allTextContents()).toEqual(['Anonym']);
    await ada.getByRole('button', { name: 'Vis hvem som skrev' }).click();
    await expect.poll(() => ada.locator('.meeting-badge').allTextContents()).toEqual(['Kari Kvinesdal']);
    await expect.poll(() => writer.locator('.meeting-badge').allTextContents()).toEqual(['Kari Kvinesdal']);
  }, 150_000);

  it('keeps a note written while the connection is down during an anonymous round free of its writer’s name', async () => {
    const { boardId, ada, writer } = await anonymousRound('Innspill uten nett', 'Innspill uten nett');

    // The connection drops (the server is gone); the meeting tools say so, and she writes on.
    await server.stop('SIGKILL');
    try {
      await writer.getByText('Møteverktøyene er frakoblet. Kobler til igjen …').waitFor({ timeout: 15_000 });
      await addNote(writer, 'Skrevet uten nett', { x: 500, y: 200 });
    } finally {
      await server.restart();
    }
    // The note reaches the board when she is back, without the signature tldraw would have given it.
    await shapeWithText(ada, 'Skrevet uten nett').waitFor({ timeout: 30_000 });
    const stored = async () => {
      const file = (
        await adminApi.request<{ records: Array<{ type?: string; props: { richText?: unknown; textLastEditedBy?: string | null } }> }>(
          `/boards/${boardId}/canvas/export.tldr`,
        )
      ).body;
      return file.records.filter((record) => record.type === 'note' && JSON.stringify(record.props.richText).includes('Skrevet uten nett'));
    };
    await expect.poll(async () => (await stored()).length, { timeout: 10_000 }).toBe(1);
    expect((await stored())[0]!.props.textLastEditedBy ?? null).toBeNull();
    await shapeWithText(ada, 'Skrevet uten nett').hover();
    expect(await ada.locator('.tl-note__attribution').allTextContents()).toEqual([]);
  }, 150_000);

  it('keeps a running countdown in view on the meeting-room screen, where the status over the board otherwise steps aside', async () => {
    // The status over the board (no dark band beside the presenter's area for it) faded after five
    // seconds, and the timer with it: the room lost the countdown the facilitator had just started.
    const boardId = await createBoard('Møterommet med nedtelling', 'canvas');
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.setViewportSize({ width: 1920, height: 1080 });
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    // The facilitator's laptop: its board has the screen's shape, so the area fills the screen.
    const ada = await openBoard(boardId, admin, 'canvas');
    await ada.setViewportSize({ width: 1366, height: 768 });
    /** How visible the screen's countdown is: 0 when it (or what holds it) has faded away. */
    const countdownSeen = () =>
      screen.getByRole('timer').evaluate((element) => {
        let opacity = 1;
        for (let at: Element | null = element; at; at = at.parentElement) opacity *= Number(getComputedStyle(at).opacity);
        return opacity;
      });
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 15_000 });
    // Nothing running: after a few seconds the status steps aside, so it covers nothing presented.
    await expect.poll(countdownSeen, { timeout: 15_000 }).toBe(0);

    await ada.getByRole('button', { name: 'Still inn tid' }).click();
    await ada.getByRole('textbox', { name: 'Minutter' }).fill('5');
    await ada.getByRole('button', { name: 'Still inn', exact: true }).click();
    await ada.getByRole('button', { name: 'Start', exact: true }).click();
    await screen
      .getByRole('timer')
      .filter({ hasText: /^4:5\d$/ })
      .waitFor({ timeout: 10_000 });
    await expect.poll(countdownSeen).toBe(1);
    // Well past the moment the status used to fade, the countdown is still there to be read.
    await screen
      .getByRole('timer')
      .filter({ hasText: /^4:4\d$/ })
      .waitFor({ timeout: 15_000 });
    expect(await countdownSeen()).toBe(1);
  }, 90_000);

  it('opens a view link as a meeting-room screen: large type, no tools, following the presenter', async () => {
    const boardId = await createBoard('Møterommet', 'canvas');
    const created = await adminApi.request<{ shareLink: { path: string } }>(`/boards/${boardId}/share-links`, 'POST', { access: 'view' });
    const screen = await newPage(null);
    await screen.goto(`${server.url}${created.body.shareLink.path}?visning=skjerm`);
    await screen.waitForURL(/\/tavler\/.+\?visning=skjerm$/);
    await screen.locator('.tl-canvas').first().waitFor({ timeout: 30_000 });
    await screen.getByText('Venter på at noen presenterer …').waitFor();
    expect(await screen.locator('[data-testid="tools.select"]').count()).toBe(0);
    expect(await screen.getByRole('button', { name: 'Presenter for alle' }).count()).toBe(0);
    expect(await screen.getByRole('button', { name: 'Historikk' }).count()).toBe(0);

    const ada = await openBoard(boardId, admin, 'canvas');
    await addNote(ada, 'Dagsorden', { x: 300, y: 200 });
    await ada.getByRole('button', { name: 'Presenter for alle' }).click();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor();
    expect(await screen.getByRole('button', { name: 'Slutt å følge' }).count()).toBe(0);
    expect(await checkAccessibility(screen)).toEqual([]);

    // A screen that (re)opens in the middle of a presentation goes straight to what is presented.
    const stage = ada.getByTestId('canvas-stage');
    const box = (await stage.boundingBox())!;
    const beforeWheel = await placeIn(shapeWithText(ada, 'Dagsorden'), stage);
    await ada.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await ada.mouse.wheel(-300, -100);
    await expect
      .poll(async () => {
        const moved = await placeIn(shapeWithText(ada, 'Dagsorden'), stage);
        return Math.abs(moved.x - beforeWheel.x) + Math.abs(moved.y - beforeWheel.y);
      })
      .toBeGreaterThan(0.02);
    // The screen still following shows the new view: the server has it, and gives it to a screen that opens now.
    await expect
      .poll(
        async () => {
          const there = await placeIn(shapeWithText(ada, 'Dagsorden'), stage);
          const here = await placeIn(shapeWithText(screen, 'Dagsorden'), screen.getByTestId('canvas-stage'));
          return Math.max(Math.abs(here.x - there.x), Math.abs(here.y - there.y));
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(0.08);
    await screen.reload();
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 30_000 });
    const there = await placeIn(shapeWithText(ada, 'Dagsorden'), stage);
    await expect
      .poll(
        async () => {
          const here = await placeIn(shapeWithText(screen, 'Dagsorden'), screen.getByTestId('canvas-stage'));
          return Math.max(Math.abs(here.x - there.x), Math.abs(here.y - there.y));
        },
        { timeout: 15_000 },
      )
      .toBeLessThan(0.08);

    // The screen reconnects by itself after a server restart (the presenter role is not kept: Ada takes it again).
    await server.stop('SIGKILL');
    await server.restart();
    await screen.getByText('Venter på at noen presenterer …').waitFor({ timeout: 30_000 });
    await ada.getByRole('button', { name: 'Presenter for alle' }).click({ timeout: 30_000 });
    await screen.getByRole('status').filter({ hasText: 'Du følger Ada Administrator.' }).waitFor({ timeout: 15_000 });
  }, 150_000);
});

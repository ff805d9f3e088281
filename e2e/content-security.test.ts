import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminEnv, ApiSession, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';
import { startOtherSite } from './support/other-site';

/**
 * The server's Content-Security-Policy (server/app.ts) allows no eval and no inline script but the
 * boot script. Anything in the app that tries one is refused, and the browser reports it: to the
 * page as a `securitypolicyviolation` event, and to a report address when an operator sets one. A
 * page that works may still try (zod did, on every page, to find out whether it may compile its
 * parsers: web/src/lib/zod-without-eval.ts), so each kind of page is opened and watched.
 */
describe.skipIf(!chromiumPath)('the app under its Content-Security-Policy', () => {
  let server: TestServer;
  let browser: Browser;
  let regionId: string;
  const boards: Record<'canvas' | 'diagram', string> = { canvas: '', diagram: '' };

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    browser = await launchBrowser();
    const api = await ApiSession.login(server);
    regionId = (await (await api.fetch(`${server.url}/api/regions`)).json()).regions[0].id;
    for (const kind of ['canvas', 'diagram'] as const) {
      const created = await api.fetch(`${server.url}/api/regions/${regionId}/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Tavle ${kind}`, kind }),
      });
      boards[kind] = (await created.json()).board.id;
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /**
   * Opens `path`, waits for each of `ready`, then for the page to settle, and returns what the policy
   * refused. A diagram asks for its document views only once its tools are drawn, after its socket is
   * live, so a quiet network before the tools would check the page before all its scripts ran.
   */
  async function violationsOn(page: Page, path: string, ...ready: string[]): Promise<string[]> {
    await page.goto(`${server.url}${path}`);
    for (const selector of ready) await page.locator(selector).first().waitFor();
    await page.waitForLoadState('networkidle');
    return page.evaluate(() => (window as unknown as { refused: string[] }).refused);
  }

  async function watchedPage(signedIn: boolean): Promise<Page> {
    const page = await browser.newPage();
    if (signedIn) await loginAs(page, server);
    await page.addInitScript(() => {
      const refused: string[] = [];
      (window as unknown as { refused: string[] }).refused = refused;
      document.addEventListener('securitypolicyviolation', (event) => refused.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    return page;
  }

  it('refuses nothing on the log-in page, a region page and both kinds of board', async () => {
    const signedOut = await watchedPage(false);
    expect(await violationsOn(signedOut, '/logg-inn', 'h1')).toEqual([]);
    await signedOut.close();

    const page = await watchedPage(true);
    expect(await violationsOn(page, `/samarbeid/${regionId}`, 'h1')).toEqual([]);
    expect(await violationsOn(page, `/tavler/${boards.diagram}`, '.react-flow', '.diagram-toolbar')).toEqual([]);
    expect(await violationsOn(page, `/tavler/${boards.canvas}`, '.tl-container')).toEqual([]);
    await page.close();
  });

  it('cuts a board another site opened off from that site, and opens a board from its address in the tab as it is', async () => {
    const site = await startOtherSite();
    const page = await browser.newPage();
    try {
      await loginAs(page, server);
      const boardUrl = `${server.url}/tavler/${boards.diagram}`;

      // Another site opens the board in a window of its own, keeping a handle on it.
      await page.goto(site.url);
      const [opened] = await Promise.all([
        page.waitForEvent('popup'),
        page.evaluate((url) => void ((window as unknown as { board: Window | null }).board = window.open(url)), boardUrl),
      ]);
      await opened.locator('.react-flow__renderer').waitFor();
      // The board page's opener policy put it in a browsing context group of its own: the handle is dead.
      expect(await page.evaluate(() => (window as unknown as { board: Window }).board.closed)).toBe(true);
      expect(await opened.evaluate(() => window.opener)).toBeNull();
      await opened.close();

      // Opened from its address (the address bar, a bookmark, a mail program): no policy, nothing to cut off.
      const response = await page.goto(boardUrl);
      expect(response?.headers()['cross-origin-opener-policy']).toBeUndefined();
      await page.locator('.react-flow__renderer').waitFor();
    } finally {
      await page.close();
      site.close();
    }
  });
});

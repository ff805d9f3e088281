import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  adminEnv,
  ApiSession,
  chromiumPath,
  fieldWidthShort,
  launchBrowser,
  loginAs,
  pageScrollsSideways,
  startTestServer,
  widenTextSpacing,
  type TestServer,
} from './support/index';

/** The part of a box past the window's left or right edge, in CSS pixels. */
function pastTheEdge(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return Math.max(0, -box.left, box.right - window.innerWidth);
  });
}

/**
 * The pages around the boards at a phone's width, with text made larger or spaced wider, as a
 * person who zooms or sets their own text spacing sees them (WCAG 1.4.4, 1.4.10, 1.4.12).
 */
describe.skipIf(!chromiumPath)('reflow: the pages around the boards, zoomed and spaced', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let regionId: string;

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    regionId = await (await ApiSession.login(server)).demoRegionId();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await loginAs(page, server);
  });

  afterEach(async () => {
    await page.close();
  });

  it('shows a new barometer round’s last day whole, year and calendar button, also with text at 200 %', async () => {
    await page.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    const lastDay = page.getByLabel('Siste dag for å svare');
    await lastDay.waitFor();
    // At 8rem the field cut the date to «12/20/20», the year under the calendar button.
    expect(await fieldWidthShort(lastDay)).toBe(0);

    await page.setViewportSize({ width: 640, height: 800 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(await fieldWidthShort(lastDay)).toBe(0);
    expect(await pageScrollsSideways(page)).toBe(0);
  });

  it('keeps a region’s page and its barometer within a 320 px screen with wider text spacing, in bokmål and nynorsk', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}/samarbeid/${regionId}`);
    const notStarted = page.getByText('Bare eksempel, ikke startet').first();
    await notStarted.waitFor();
    await widenTextSpacing(page);
    // The status of a step on the toolkit path stayed on one line and ran 22 px off the screen.
    expect(await pastTheEdge(notStarted)).toBe(0);
    expect(await pageScrollsSideways(page)).toBe(0);

    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await page.goto(`${server.url}/samarbeid/${regionId}/barometer`);
    const heading = page.getByRole('heading', { level: 1, name: 'Samarbeidsbarometer' });
    await heading.waitFor();
    await page.getByRole('heading', { name: 'Opne ein ny runde' }).waitFor();
    await widenTextSpacing(page);
    // The one long word of the page's heading ran 50 px past the screen's edge.
    const headingText = await heading.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      return Math.max(...[...range.getClientRects()].map((box) => box.right)) - window.innerWidth;
    });
    expect(headingText).toBeLessThanOrEqual(0);
    expect(await pageScrollsSideways(page)).toBe(0);
  });
});

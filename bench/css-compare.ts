import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/chromium';
import { boardAction } from '../e2e/support/workspace';
import { logInBenchAdmin, benchAdminEnv } from './support/bench-admin';
import { logInPage } from './support/browser-login';
import { startPlanrom } from './support/planrom-process';

/**
 * Compares how the app's pages look with its built main stylesheet and with another one
 * (`CSS_BEFORE`, e.g. `common-*.css` of a build before a change to the CSS pipeline): each page is
 * screenshotted twice in the same state, once with the stylesheet swapped in, and the pixels are
 * compared. Also renders `bench/css-compare-fixture.html` (Designsystemet components the app does
 * not use: chips, toggle groups, card blocks with media, disabled and outline fields) both ways.
 * Not a benchmark: a visual check. Usage: `npm run build && CSS_BEFORE=/tmp/before/assets/common-X.css
 * CSS_OUT=/tmp/shots npx tsx bench/css-compare.ts` (CSS_SCENES=login,region: only those).
 */
const before = readFileSync(process.env.CSS_BEFORE!, 'utf8');
const out = process.env.CSS_OUT ?? '/tmp/css-compare';
mkdirSync(out, { recursive: true });

interface Scene {
  name: string;
  /** Brings the page into the state to compare (navigation, dialogs, keyboard focus). */
  show: (page: Page) => Promise<void>;
  /** Compares only this element (default: the whole page). */
  root?: string;
}

async function diffPixels(page: Page, a: Buffer, b: Buffer): Promise<number> {
  // tsx names functions with a helper the page does not have.
  await page.evaluate('window.__name = (f) => f');
  return page.evaluate(
    async ([a, b]) => {
      const load = async (src: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${src}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height);
      };
      const [x, y] = [await load(a!), await load(b!)];
      if (x.width !== y.width || x.height !== y.height) return -1;
      let differing = 0;
      for (let i = 0; i < x.data.length; i += 4)
        if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2] || x.data[i + 3] !== y.data[i + 3]) differing += 1;
      return differing;
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

type StorageState = Awaited<ReturnType<import('playwright-core').BrowserContext['storageState']>>;

async function shoot(browser: Browser, scene: Scene, variant: 'before' | 'after', storageState?: StorageState) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', storageState });
  // tsx names functions with a helper the page does not have.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  if (variant === 'before') await page.route(/\/assets\/common-[^/]*\.css$/, (route) => route.fulfill({ contentType: 'text/css', body: before }));
  await scene.show(page);
  await page.evaluate(() => document.fonts.ready);
  const options = { animations: 'disabled', caret: 'hide' } as const;
  const shot = scene.root ? await page.locator(scene.root).screenshot(options) : await page.screenshot({ ...options, fullPage: true });
  writeFileSync(join(out, `${scene.name}-${variant}.png`), shot);
  // Every element's computed style (and its ::before and ::after), outside tldraw's canvas: the
  // pixels can differ by antialiasing noise, these cannot.
  const styles = await page.evaluate(
    (root) =>
      [...document.querySelectorAll(root ? `${root}, ${root} *` : 'body *')]
        .filter((element) => !element.closest('.tl-container'))
        .map((element) =>
          [null, '::before', '::after']
            .map((pseudo) => {
              const style = getComputedStyle(element, pseudo);
              // Sorted: Chromium lists custom properties in an order that depends on the stylesheet.
              return [...style]
                .sort()
                .map((property) => `${property}:${style.getPropertyValue(property)}`)
                .join(';');
            })
            .join('|'),
        ),
    scene.root ?? null,
  );
  await context.close();
  return { shot, styles };
}

const server = await startPlanrom({ env: benchAdminEnv });
const browser = await launchBrowser();
try {
  const { api, regionId } = await logInBenchAdmin(server);
  const round = await api.request(`/api/regions/${regionId}/barometer/rounds`, { method: 'POST', json: { title: 'Vår', closesOn: '2099-12-31' } });
  if (round.status !== 201 && round.status !== 200) throw new Error(`round: ${round.status} ${JSON.stringify(round.body)}`);
  const boards = await api.get(`/api/regions/${regionId}/boards`);
  const board = (boards.body.boards as Array<{ id: string; kind: string }>).find((b) => b.kind === 'canvas') ?? boards.body.boards[0];
  const url = server.url;
  const settle = async (page: Page, heading?: string) => {
    if (heading) await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
    await page.waitForLoadState('networkidle');
  };
  const fixture = readFileSync(new URL('css-compare-fixture.html', import.meta.url), 'utf8');
  const scenes: Array<Scene & { loggedIn: boolean }> = [
    { name: 'login', loggedIn: false, show: async (p) => (await p.goto(`${url}/logg-inn`), await settle(p, 'Logg inn')) },
    {
      name: 'login-errors',
      loggedIn: false,
      show: async (p) => {
        await p.goto(`${url}/logg-inn`);
        await settle(p, 'Logg inn');
        await p.getByRole('button', { name: 'Logg inn' }).click();
        await p.getByText('Skriv en gyldig e-postadresse').first().waitFor();
      },
    },
    { name: 'regions', loggedIn: true, show: async (p) => (await p.goto(url), await settle(p)) },
    { name: 'region', loggedIn: true, show: async (p) => (await p.goto(`${url}/samarbeid/${regionId}`), await settle(p)) },
    { name: 'templates', loggedIn: true, show: async (p) => (await p.goto(`${url}/samarbeid/${regionId}/maler`), await settle(p)) },
    { name: 'barometer', loggedIn: true, show: async (p) => (await p.goto(`${url}/samarbeid/${regionId}/barometer`), await settle(p)) },
    {
      name: 'barometer-focus',
      loggedIn: true,
      show: async (p) => {
        await p.goto(`${url}/samarbeid/${regionId}/barometer`);
        await settle(p);
        const radio = p.getByRole('radio').first();
        await radio.focus();
        // Keyboard focus (focus-visible) moves to the next radio of the group with an arrow key.
        await p.keyboard.press('ArrowDown');
      },
    },
    { name: 'members', loggedIn: true, show: async (p) => (await p.goto(`${url}/samarbeid/${regionId}/medlemmer`), await settle(p)) },
    { name: 'settings', loggedIn: true, show: async (p) => (await p.goto(`${url}/samarbeid/${regionId}/innstillinger`), await settle(p)) },
    { name: 'account', loggedIn: true, show: async (p) => (await p.goto(`${url}/konto`), await settle(p)) },
    {
      name: 'new-board-dialog',
      loggedIn: true,
      show: async (p) => {
        await p.goto(url);
        await settle(p);
        await p.getByRole('link', { name: 'Lister' }).first().click();
        await p.getByRole('button', { name: 'Ny tavle' }).click();
        const dialog = p.getByRole('dialog', { name: 'Ny tavle' });
        await dialog.waitFor();
        await dialog.getByRole('radio').first().focus();
        await p.keyboard.press('ArrowDown');
      },
    },
    {
      name: 'share-dialog',
      loggedIn: true,
      show: async (p) => {
        await p.goto(`${url}/tavler/${board.id}`);
        await boardAction(p, 'Del tavla');
        const dialog = p.getByRole('dialog');
        await dialog.getByRole('radio').first().waitFor();
        await dialog.getByRole('radio').first().focus();
        await p.keyboard.press('ArrowDown');
      },
      // Only the dialog: the board behind it is a live canvas, connecting at its own pace.
      root: 'dialog[open]',
    },
    ...['plain', 'focus-chip', 'focus-toggle', 'focus-field'].map((state) => ({
      name: `fixture-${state}`,
      loggedIn: false,
      show: async (p: Page) => {
        await p.route(`${url}/css-compare-fixture`, (route) => route.fulfill({ contentType: 'text/html', body: fixture }));
        await p.goto(`${url}/logg-inn`);
        const css = await p.evaluate(() => (document.querySelector('link[rel=stylesheet][href*="/assets/common-"]') as HTMLLinkElement).href);
        await p.goto(`${url}/css-compare-fixture`);
        await p.evaluate((href) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.href = href;
          document.head.append(link);
          return new Promise((resolve) => (link.onload = resolve));
        }, css);
        const target = { 'focus-chip': '#chip-input', 'focus-toggle': '#toggle-input', 'focus-field': '#field-input', plain: '' }[state];
        if (target) {
          await p.keyboard.press('Tab');
          await p.focus(target);
        }
      },
    })),
  ];
  // One session for every logged-in screenshot (the account page lists the sessions).
  const loginContext = await browser.newContext();
  await logInPage(await loginContext.newPage(), server.url);
  const session = await loginContext.storageState();
  await loginContext.close();
  let allSame = true;
  // CSS_SCENES=a,b compares only those scenes.
  const only = process.env.CSS_SCENES?.split(',');
  for (const scene of scenes.filter((s) => !only || only.includes(s.name))) {
    const state = scene.loggedIn ? session : undefined;
    const a = await shoot(browser, scene, 'before', state);
    const b = await shoot(browser, scene, 'after', state);
    const page = await browser.newPage();
    const differing = a.shot.equals(b.shot) ? 0 : await diffPixels(page, a.shot, b.shot);
    await page.close();
    const styled = a.styles.length === b.styles.length ? a.styles.filter((style, i) => style !== b.styles[i]).length : -1;
    const first = a.styles.findIndex((style, i) => style !== b.styles[i]);
    if (first >= 0 && b.styles[first] !== undefined) {
      const [x, y] = [a.styles[first]!.split(';'), b.styles[first]!.split(';')];
      console.log(`  first difference (element ${first}): ${x.find((p, i) => p !== y[i])} → ${y.find((p, i) => p !== x[i])}`);
    }
    if (styled !== 0) allSame = false;
    console.log(
      `${scene.name.padEnd(22)} ${a.styles.length} elements, ${styled === 0 ? 'same computed styles' : styled < 0 ? 'different elements' : `${styled} with different computed styles`}, ` +
        `${differing === 0 ? 'same pixels' : differing < 0 ? 'different size' : `${differing} pixels differ`}`,
    );
  }
  console.log(allSame ? 'ALL SAME' : 'SOME DIFFER');
} finally {
  await browser.close();
  await server.dispose();
}

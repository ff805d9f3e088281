import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namesComponent, unusedDesignsystemetComponents } from '../web/build/unused-designsystemet-components';
import { adminEnv, chromiumPath, launchBrowser, loginAs, startTestServer, type TestServer } from './support/index';

/**
 * The build keeps only the parts of Designsystemet that are used (web/vite.config.ts). These are the
 * behaviours its fields rely on at run time: if one were dropped, hints and errors would still show
 * but would no longer be read out with their field.
 */
describe.skipIf(!chromiumPath)('Designsystemet in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer({ env: adminEnv });
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  /** The texts an element's aria-describedby points at, as a screen reader would read them. */
  const description = (selector: ReturnType<Page['getByRole']>) =>
    selector.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
        // (A title's character counter is tied too; its words are drawn by CSS, not in its text.)
        .filter(Boolean)
        .join(' '),
    );

  it('ties a field’s error to it, and marks it invalid', async () => {
    await page.goto(`${server.url}/logg-inn`);
    await page.getByRole('heading', { level: 1, name: 'Logg inn', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Logg inn' }).click();
    const email = page.getByRole('textbox', { name: 'E-postadresse' });
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => description(email)).toContain('Skriv en gyldig e-postadresse');
  });

  it('ties a field’s hint and each radio’s hint to them', async () => {
    await loginAs(page, server);
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Lister' }).click();
    await page.getByRole('button', { name: 'Ny tavle' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny tavle' });
    await dialog.waitFor();
    expect(await description(dialog.getByRole('textbox', { name: 'Tittel' }))).toBe('Et kort navn som sier hva tavla handler om.');
    expect(await description(dialog.getByRole('radio', { name: 'Lerret' }))).toBe('En fri flate for notater, tegninger og bilder.');
    // Designsystemet's own close button, last in the dialog, closes it.
    await dialog.getByRole('button', { name: 'Lukk dialogvinduet' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('uses none of the components whose styles the build leaves out (web/build/unused-designsystemet-components.ts)', () => {
    // The build this suite runs against (e2e/global-setup.ts): a component the app renders has its
    // class in a script, and would be drawn without its styles.
    const assets = fileURLToPath(new URL('../dist/web/assets/', import.meta.url));
    const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const used = scripts.flatMap((name) =>
      [...readFileSync(join(assets, name), 'utf8').matchAll(/\bds-[a-z][\w-]*/g)]
        .map(([className]) => className)
        .filter((className) => namesComponent(`.${className}`, unusedDesignsystemetComponents))
        .map((className) => `${className} in ${name}`),
    );
    expect([...new Set(used)]).toEqual([]);
  });
});

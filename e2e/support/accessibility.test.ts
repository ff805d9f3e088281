import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility } from './accessibility';
import { chromiumPath, launchBrowser } from './chromium';

describe.skipIf(!chromiumPath)('the accessibility check itself', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reports a field without a name that stays', async () => {
    await page.setContent('<html lang="nb"><title>Test</title><main><h1>Skjema</h1><input type="text"></main></html>');
    const violations = await checkAccessibility(page);
    expect(violations.map((violation) => violation.id)).toContain('label');
  });

  it('reports a finding on its first run, even one that is gone a moment later', async () => {
    await page.setContent(
      '<html lang="nb"><title>Test</title><main><h1>Skjema</h1><span role="slider" tabindex="0" aria-valuenow="1" aria-valuemin="0" aria-valuemax="2" id="s"></span></main></html>',
    );
    await page.evaluate(() => setTimeout(() => document.getElementById('s')!.setAttribute('aria-label', 'Gjennomsiktighet'), 300));
    expect((await checkAccessibility(page)).map((violation) => violation.id)).toContain('aria-input-field-name');
  });

  it('waits for an opening fade to finish before measuring contrast', async () => {
    await page.setContent(
      '<html lang="nb"><title>Test</title><style>@keyframes in { from { opacity: 0.1 } 90% { opacity: 0.1 } to { opacity: 1 } } main { animation: in 1500ms linear }</style><main><h1>Skjema</h1><p style="color:#333">Tekst</p></main></html>',
    );
    expect(await checkAccessibility(page)).toEqual([]);
  });

  it('is clean on a page with nothing wrong', async () => {
    await page.setContent('<html lang="nb"><title>Test</title><main><h1>Skjema</h1><label>Navn <input type="text"></label></main></html>');
    expect(await checkAccessibility(page)).toEqual([]);
  });
});

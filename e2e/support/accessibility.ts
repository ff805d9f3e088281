import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page against WCAG 2.0/2.1 A and AA and returns the serious and critical
 * violations, described well enough to fix from a test failure. Every finding of this one run is
 * reported; the only wait is for tldraw's own render to finish where it needs a tick (below).
 */
export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  await tldrawSlidersNamed(page);
  return runAxe(page);
}

/**
 * tldraw's TldrawUiSlider mounts its thumb with an empty aria-label and names it in a setTimeout(0)
 * after mount, so a check in between would see an unnamed slider nobody ever meets. Waits until
 * every slider thumb has its name; one that never gets it is left for axe to report.
 */
async function tldrawSlidersNamed(page: Page): Promise<void> {
  await page
    .waitForFunction(() => [...document.querySelectorAll('.tlui-slider__thumb')].every((thumb) => !!thumb.getAttribute('aria-label')), undefined, {
      timeout: 5_000,
    })
    .catch(() => undefined);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // evaluate, not an inline <script>: Planrom's Content-Security-Policy rightly blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

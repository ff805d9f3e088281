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
 * reported; the only waits are for the page to finish drawing what it already started (below).
 */
export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  await renderSettled(page);
  return runAxe(page);
}

/**
 * Waits, on facts, for what a person would only ever see finished: opening animations and
 * transitions (a dialog fading in is measured at half its contrast); endless ones, like a spinner,
 * are not waited for. Whatever still runs after five seconds is left for axe to report. (tldraw's
 * slider used to be named a tick after mount; patches/tldraw+*.patch names it from the first render.)
 */
async function renderSettled(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  // evaluate, not an inline <script>: Planrom's Content-Security-Policy rightly blocks inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: unknown,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

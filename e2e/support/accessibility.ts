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
 * violations, described well enough to fix from a test failure.
 *
 * A finding is reported when a second run a moment later still has it: a single run can catch a
 * frame mid-render (tldraw names its sliders one tick after they mount), which nobody ever meets.
 */
export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  const first = await runAxe(page);
  if (first.length === 0) return first;
  await page.waitForTimeout(500);
  const second = await runAxe(page);
  return second.filter((violation) => first.some((earlier) => earlier.id === violation.id));
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

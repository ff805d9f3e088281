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
 */
export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  // tldraw names a slider one tick after it mounts (TldrawUiSlider sets aria-label in a timeout), so
  // a style panel caught mid-render has a nameless thumb for a moment. Wait that out; a thumb that
  // stays nameless is still reported below.
  await page
    .waitForFunction(() => [...document.querySelectorAll('.tlui-slider__thumb')].every((thumb) => thumb.getAttribute('aria-label')), null, { timeout: 5000 })
    .catch(() => {});
  // evaluate, not an inline <script>: Planrom's Content-Security-Policy rightly blocks inline scripts.
  await page.evaluate(axeSource);
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

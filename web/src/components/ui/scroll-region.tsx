import type { ReactNode } from 'react';

/**
 * A wide table (or the like) that scrolls sideways inside itself on a narrow screen, so the page
 * does not (WCAG 1.4.10). Focusable and named, so keyboard users can scroll it with the arrow keys
 * and screen readers say what it holds (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

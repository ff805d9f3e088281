/**
 * Moving focus to the new page's h1 after client-side navigation, so keyboard and screen-reader
 * users start at the top of the new content instead of somewhere stale.
 *
 * The layout calls `focusPageHeading()` when the path changes. Pages that are still loading have no
 * h1 yet; then the request waits until a `PageHeading` mounts and calls `takeHeadingFocus()`. If the
 * person has meanwhile moved focus somewhere that still exists (say, the region switcher in the
 * header), the late heading leaves it there: taking it back would close what they just opened.
 */
let pending: { focusedAtNavigation: Element | null } | null = null;

export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    pending = null;
  } else {
    pending = { focusedAtNavigation: document.activeElement };
  }
}

/** Called by a heading when it appears; focuses it if a navigation is still waiting for one. */
export function takeHeadingFocus(heading: HTMLElement): void {
  if (!pending) return;
  const { focusedAtNavigation } = pending;
  pending = null;
  if (movedOnSinceNavigation(focusedAtNavigation)) return;
  heading.focus();
}

function movedOnSinceNavigation(focusedAtNavigation: Element | null): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === focusedAtNavigation) return false;
  // Focus inside the main area sits on the loading state or what the old page left behind.
  return !document.querySelector('main')?.contains(active);
}

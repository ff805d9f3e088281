/**
 * Moving focus to the new page's h1 after client-side navigation, so keyboard and screen-reader
 * users start at the top of the new content instead of somewhere stale.
 *
 * The layout calls `focusPageHeading()` when the path changes. Pages that are still loading have no
 * h1 yet; then the request waits until a `PageHeading` mounts and calls `takeHeadingFocus()`.
 */
let pending = false;

export function focusPageHeading(): void {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (heading) {
    heading.focus();
    pending = false;
  } else {
    pending = true;
  }
}

/** Called by a heading when it appears; focuses it if a navigation is still waiting for one. */
export function takeHeadingFocus(heading: HTMLElement): void {
  if (!pending) return;
  pending = false;
  heading.focus();
}

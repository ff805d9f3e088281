/**
 * Moves focus to an element that is about to appear, e.g. the heading of what a save just created
 * once the list is fetched again. Without it focus falls to the page body when the button that was
 * pressed goes away, and keyboard and screen-reader users must start over from the top.
 * Gives up after a few seconds. The wait is one refetch, too short for the person to have moved on.
 */
export function focusWhenShown(selector: string, timeoutMs = 5000): void {
  const tryFocus = (): boolean => {
    const element = document.querySelector<HTMLElement>(selector);
    // A dialog still open hands focus back to its opener when it closes: wait until it has.
    if (!element || document.querySelector('dialog[open]')) return false;
    requestAnimationFrame(() => {
      if (!element.hasAttribute('tabindex')) element.tabIndex = -1;
      element.focus();
    });
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = window.setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['open'] });
}

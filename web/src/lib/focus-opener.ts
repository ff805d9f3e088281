/**
 * Gives focus back to the button that opened a panel once the panel closes. When that button is in
 * a menu that has closed meanwhile (the board's menu), focus goes to the button that shows the
 * menu, so the keyboard is never left on the page's body.
 */
export function focusOpener(opener: HTMLElement | null): void {
  if (!opener?.isConnected) return;
  requestAnimationFrame(() => {
    if (opener.checkVisibility({ visibilityProperty: true })) return opener.focus();
    for (let parent = opener.parentElement; parent; parent = parent.parentElement) {
      const control = parent.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(parent.id)}"]`) : null;
      if (control) return control.focus();
    }
  });
}

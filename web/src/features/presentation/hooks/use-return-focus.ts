import { useEffect, useRef } from 'react';

/**
 * The button that starts a presentation; where it is in a closed menu (the board's menu on a narrow
 * window), the button that opens that menu.
 */
function launcher(): HTMLElement | null {
  const button = document.querySelector<HTMLElement>('[data-presentation-launch]');
  if (!button || button.checkVisibility({ visibilityProperty: true })) return button;
  for (let element = button.parentElement; element; element = element.parentElement) {
    const opener = element.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(element.id)}"]`) : null;
    if (opener) return opener;
  }
  return button;
}

/** When a presentation ends, the keyboard goes back to the button that started it. */
export function useReturnFocus(running: boolean): void {
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (!ended) return;
    launcher()?.focus();
    // Leaving full screen can move focus back into the board a moment later; take it back once.
    // (A timer, not an animation frame: frames pause while the browser changes screen mode.)
    const timer = setTimeout(() => {
      const button = launcher();
      if (button && document.activeElement !== button && !document.querySelector('dialog[open]')) button.focus();
    }, 150);
    return () => clearTimeout(timer);
  }, [running]);
}

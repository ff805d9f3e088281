import { useEffect, useRef } from 'react';

const launcher = () => document.querySelector<HTMLElement>('[data-presentation-launch]');

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

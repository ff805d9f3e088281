import { useEffect, useRef } from 'react';

/** When a presentation ends, the keyboard goes back to the button that started it. */
export function useReturnFocus(running: boolean): void {
  const wasRunning = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (!ended) return;
    // After the board has settled back into the page (leaving full screen refocuses it).
    const frame = requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-presentation-launch]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [running]);
}

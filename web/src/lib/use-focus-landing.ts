import { useEffect, useRef, type RefObject } from 'react';
import { watchFocusLanding } from './focus-landing';

/**
 * Keeps the keyboard inside `root` when a state change takes away the element it was on; see
 * `watchFocusLanding`. Follows `root` when it is drawn later or replaced (a bar that shows
 * "connecting" first).
 */
export function useFocusLanding(root: RefObject<HTMLElement | null>): void {
  const watched = useRef<{ element: HTMLElement; stop: () => void } | null>(null);
  // After every render: cheap, and the only way to notice the ref pointing somewhere new.
  useEffect(() => {
    const element = root.current;
    if (watched.current?.element === element) return;
    watched.current?.stop();
    watched.current = element ? { element, stop: watchFocusLanding(element) } : null;
  });
  useEffect(
    () => () => {
      watched.current?.stop();
      watched.current = null;
    },
    [],
  );
}

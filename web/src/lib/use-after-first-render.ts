import { useDeferredValue } from 'react';

/**
 * False in a component's first render, true in a render React does right after it at low priority.
 * For the parts of a page that must not hold up what the page is opened to see: a board page draws
 * the board first and its tools and bar just after, and React puts any urgent update first (the
 * nodes measured, a key pressed) because a deferred render gives way to it.
 */
export function useAfterFirstRender(): boolean {
  return useDeferredValue(true, false);
}

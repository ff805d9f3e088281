import { useCallback } from 'react';

/**
 * Puts `element`, made outside React, at this place in the page. For a portal's target that must
 * exist before the first render (the board bar's slots): made with the page, filled by portals in
 * that same render, and shown where this is once it is mounted, instead of a render after each ref
 * handed an element to state. The place itself makes no box (`display: contents`).
 */
export function ElementPlace({ element }: { element: HTMLElement }) {
  const place = useCallback((host: HTMLDivElement | null) => host?.append(element), [element]);
  return <div className="element-place" ref={place} />;
}

/** A `div` with these classes, to be shown by an `ElementPlace`. */
export function detachedElement(className: string): HTMLDivElement {
  const element = document.createElement('div');
  element.className = className;
  return element;
}

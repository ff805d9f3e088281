import { useEffect, useRef, type RefObject } from 'react';

/**
 * Esc closes a panel docked over the board while the keyboard is in it (or on the button that
 * opened it, inside `scope`). Listened for first of all: the board's editor has its own uses for
 * Esc and would otherwise take it. A modal dialog open over the panel gets Esc itself.
 */
export function useEscapeCloses(scope: RefObject<HTMLElement | null>, open: boolean, onClose: () => void): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]') || !scope.current?.contains(document.activeElement)) return;
      event.stopPropagation();
      event.preventDefault();
      close.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [open, scope]);
}

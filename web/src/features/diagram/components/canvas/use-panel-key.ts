import { useCallback, type KeyboardEvent } from 'react';

/** The key that takes the keyboard from a box to its fields in the side panel ("panelet"). */
export const panelKey = 'p';

/**
 * P on a box with the keyboard's focus goes to its fields in the side panel, instead of Tab through
 * every box after it and the toolbar; Escape in the panel comes back (../use-panel-escape.ts).
 * @param onPanelKey told which box, or nothing where there is no panel (the meeting-room screen)
 * @returns the handler for the canvas element
 */
export function usePanelKey(onPanelKey: ((nodeId: string) => void) | undefined) {
  return useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!onPanelKey || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== panelKey) return;
      const box = event.target as HTMLElement;
      if (!box.classList.contains('react-flow__node') || !box.dataset.id) return;
      event.preventDefault();
      onPanelKey(box.dataset.id);
    },
    [onPanelKey],
  );
}

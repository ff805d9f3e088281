import { useCallback, type KeyboardEvent } from 'react';

/** Where Escape belongs to what the keyboard is in: an open list, menu or dialog closes first. */
const ownsEscape = '[aria-expanded="true"], [role="listbox"], [role="menu"], dialog';

/**
 * Escape in the side panel takes the keyboard back to the node the panel is about, in the diagram
 * (or to the diagram, when that node is not drawn); the panel stays, so P goes back to it.
 * @param nodeId the node the panel is about (../model/panel-node.ts)
 * @returns the handler for the panel element
 */
export function usePanelEscape(nodeId: string | null) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !nodeId) return;
      if ((event.target as Element).closest(ownsEscape)) return;
      const workspace = event.currentTarget.closest('.diagram-workspace');
      const node = workspace?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(nodeId)}"]`);
      const back = node ?? workspace?.querySelector<HTMLElement>('.diagram-canvas');
      if (!back) return;
      // Not also the editor's Escape, which would empty the selection and take the panel away.
      event.preventDefault();
      event.stopPropagation();
      back.focus();
    },
    [nodeId],
  );
}

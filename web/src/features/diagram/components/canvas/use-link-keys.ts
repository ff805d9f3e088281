import { useCallback, useEffect, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { DiagramEdge } from '../../../../../../shared/diagram/diagram-document';

/** The key that takes the keyboard from a box to its links ("koblinger"), and on to the next one. */
export const linkKey = 'k';

/**
 * Keyboard access to the links without Tab passing through all of them first. React Flow draws the
 * links before the boxes, so links that Tab reaches come before every box; instead no link is
 * reached by Tab, and from a box with the keyboard's focus K goes to its first link, K again to the
 * next, and Escape back to the box. Only the links of that box are focusable meanwhile; Tab or a
 * click elsewhere ends it, Tab past the last link going on to what follows the box (as Tab from the
 * box would) and Shift+Tab before the first back to the box.
 * @returns the box whose links are focusable now, and the handlers for the canvas element
 */
export function useLinkKeys(edges: DiagramEdge[], container: RefObject<HTMLDivElement | null>) {
  const [linksOf, setLinksOf] = useState<{ node: string; edge: string } | null>(null);

  // Once the links are focusable (drawn with a tabindex), the one asked for gets the focus.
  useEffect(() => {
    if (!linksOf) return;
    container.current?.querySelector<SVGGElement>(`.react-flow__edge[data-id="${CSS.escape(linksOf.edge)}"]`)?.focus();
  }, [linksOf, container]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as Element;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const node = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      const edge = target.closest<SVGGElement>('.react-flow__edge')?.dataset.id;
      if (event.key.toLowerCase() === linkKey) {
        const from = node ?? linksOf?.node;
        if (!from) return;
        const links = edges.filter((candidate) => candidate.source === from || candidate.target === from);
        if (links.length === 0) return;
        const at = edge ? links.findIndex((candidate) => candidate.id === edge) : -1;
        event.preventDefault();
        setLinksOf({ node: from, edge: links[(at + 1) % links.length]!.id });
      } else if (event.key === 'Escape' && edge && linksOf) {
        container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(linksOf.node)}"]`)?.focus();
        setLinksOf(null);
      } else if (event.key === 'Tab' && edge && linksOf) {
        // The links come before every box in the page, so Tab past the last one would go to the
        // first box, and Shift+Tab before the first one out of the diagram. Instead Tab leaves the
        // links where it came in: Shift+Tab goes back to the box, and Tab goes on from the box (the
        // browser's own Tab, from the box given the focus here), to whatever follows it.
        const focusable = [...(container.current?.querySelectorAll<SVGGElement>('.react-flow__edge') ?? [])].filter((link) => link.tabIndex >= 0);
        const at = focusable.findIndex((link) => link.dataset.id === edge);
        if (at !== (event.shiftKey ? 0 : focusable.length - 1)) return;
        const box = container.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(linksOf.node)}"]`);
        if (!box) return;
        box.focus();
        if (event.shiftKey) event.preventDefault();
      }
    },
    [edges, linksOf, container],
  );

  // Focus anywhere but on one of the links ends it, so Tab goes on through the boxes.
  const onFocus = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      if (linksOf && !(event.target as Element).closest('.react-flow__edge')) setLinksOf(null);
    },
    [linksOf],
  );

  return { linksOf: linksOf?.node ?? null, onKeyDown, onFocus };
}

import { useEffect, useState } from 'react';
import type { DiagramEdge } from '../../../../../shared/diagram/diagram-document';
import { emptySelection, type Selection } from '../model/selection';

/** This person's selection, which forgets ids that are no longer shown. */
export function useDiagramSelection(visibleIds: Set<string>, edges: DiagramEdge[]) {
  const [selection, setSelection] = useState<Selection>(emptySelection);

  // Drop selected ids that are gone (deleted by someone else, or another variant shown).
  useEffect(() => {
    const keepNodes = [...selection.nodes].filter((id) => visibleIds.has(id));
    const edgeIds = new Set(edges.map((edge) => edge.id));
    const keepEdges = [...selection.edges].filter((id) => edgeIds.has(id));
    if (keepNodes.length !== selection.nodes.size || keepEdges.length !== selection.edges.size) {
      setSelection({ nodes: new Set(keepNodes), edges: new Set(keepEdges) });
    }
  }, [visibleIds, edges, selection]);

  return [selection, setSelection] as const;
}

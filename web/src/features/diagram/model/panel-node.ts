import type { DiagramEdge } from '../../../../../shared/diagram/diagram-document';
import type { Selection } from './selection';

/**
 * The node the side panel is about, where Escape in the panel takes the keyboard back to: the
 * selected node (the first chosen, when several are), or for a link alone the node it starts from.
 * @param selection what is selected (the panel shows it)
 * @param edges the links shown, to find a selected link's ends
 * @returns the node's id, or null when the panel is about nothing on the canvas
 */
export function panelNodeId(selection: Selection, edges: ReadonlyArray<Pick<DiagramEdge, 'id' | 'source'>>): string | null {
  const [firstNode] = selection.nodes;
  if (firstNode !== undefined) return firstNode;
  const [firstEdge] = selection.edges;
  return edges.find((edge) => edge.id === firstEdge)?.source ?? null;
}

import type { DiagramEdge } from '../../../../../shared/diagram/diagram-document';

/** What a deletion is told as: how many things went, and the node when it was one node. */
export interface DeletionSummary {
  count: number;
  /** The one node deleted (told by its name), or null when more or other things went. */
  onlyNodeId: string | null;
}

/**
 * What the Delete key removed, counted as the person sees it: the nodes, and the links they chose,
 * not the links that went only because a node they joined went (React Flow lists those too).
 * @param nodeIds the nodes removed
 * @param edges the links removed, chosen or joined to a removed node
 * @returns the count and the one node, or null when nothing was removed
 * @example deletionSummary(['a'], [{ id: 'e', source: 'a', target: 'b' }]) // { count: 1, onlyNodeId: 'a' }
 */
export function deletionSummary(nodeIds: readonly string[], edges: ReadonlyArray<Pick<DiagramEdge, 'id' | 'source' | 'target'>>): DeletionSummary | null {
  const removed = new Set(nodeIds);
  const chosenEdges = edges.filter((edge) => !removed.has(edge.source) && !removed.has(edge.target));
  const count = removed.size + chosenEdges.length;
  if (count === 0) return null;
  return { count, onlyNodeId: removed.size === 1 && chosenEdges.length === 0 ? [...removed][0]! : null };
}

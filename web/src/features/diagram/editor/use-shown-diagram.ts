import { useMemo, useState } from 'react';
import type { DiagramSnapshot } from '../model/diagram-store';

/**
 * What the editor shows of the document: everything, or for a plan process the nodes and edges of
 * one variant (the one chosen, else the common practice, else the first).
 */
export function useShownDiagram(snapshot: DiagramSnapshot) {
  const [chosenVariant, setChosenVariant] = useState<string | null>(null);
  const isProcess = snapshot.diagramType === 'planprosess';
  const variants = snapshot.variants;
  const common = snapshot.commonVariant;
  const variantId = isProcess ? (variants.some((v) => v.id === chosenVariant) ? chosenVariant : (common?.id ?? variants[0]?.id ?? null)) : null;
  const nodes = useMemo(
    () => (isProcess ? snapshot.nodes.filter((node) => (node.variantId ?? common?.id ?? null) === variantId) : snapshot.nodes),
    [isProcess, snapshot.nodes, common, variantId],
  );
  const visibleIds = useMemo(() => new Set(nodes.map((node) => node.id)), [nodes]);
  const edges = useMemo(() => snapshot.edges.filter((edge) => visibleIds.has(edge.source) && visibleIds.has(edge.target)), [snapshot.edges, visibleIds]);
  return { isProcess, variantId, chooseVariant: setChosenVariant, nodes, edges, visibleIds };
}

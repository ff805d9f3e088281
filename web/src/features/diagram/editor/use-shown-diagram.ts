import { useMemo, useState } from 'react';
import type { DiagramEdge, DiagramNode, DiagramVariant } from '../../../../../shared/diagram/diagram-document';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import type { DiagramSnapshot } from '../model/diagram-store';

interface ShownFrom {
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  variants: DiagramVariant[];
}

/** The variant a plan process shows: the one chosen, else the common practice, else the first; null for other diagrams. */
export function shownVariantId({ diagramType, variants }: Pick<ShownFrom, 'diagramType' | 'variants'>, chosen: string | null): string | null {
  if (diagramType !== 'planprosess') return null;
  if (variants.some((variant) => variant.id === chosen)) return chosen;
  return (variants.find((variant) => variant.isCommon) ?? variants[0])?.id ?? null;
}

/** The nodes of the shown variant (all nodes of other diagrams). */
export function shownNodes({ diagramType, nodes, variants }: Omit<ShownFrom, 'edges'>, variantId: string | null): DiagramNode[] {
  if (diagramType !== 'planprosess') return nodes;
  const commonId = variants.find((variant) => variant.isCommon)?.id ?? null;
  return nodes.filter((node) => (node.variantId ?? commonId) === variantId);
}

/** The edges between shown nodes. */
export function shownEdges(edges: DiagramEdge[], visibleIds: Set<string>): DiagramEdge[] {
  return edges.filter((edge) => visibleIds.has(edge.source) && visibleIds.has(edge.target));
}

/**
 * What the editor shows of the document: everything, or for a plan process the nodes and edges of
 * one variant (the one chosen, else the common practice, else the first).
 */
export function useShownDiagram(snapshot: DiagramSnapshot) {
  const [chosenVariant, setChosenVariant] = useState<string | null>(null);
  const isProcess = snapshot.diagramType === 'planprosess';
  const variantId = shownVariantId(snapshot, chosenVariant);
  const nodes = useMemo(
    () => shownNodes({ diagramType: snapshot.diagramType, nodes: snapshot.nodes, variants: snapshot.variants }, variantId),
    [snapshot.diagramType, snapshot.nodes, snapshot.variants, variantId],
  );
  const visibleIds = useMemo(() => new Set(nodes.map((node) => node.id)), [nodes]);
  const edges = useMemo(() => shownEdges(snapshot.edges, visibleIds), [snapshot.edges, visibleIds]);
  return { isProcess, variantId, chooseVariant: setChosenVariant, nodes, edges, visibleIds };
}

import { useMemo } from 'react';
import type { DiagramEdge, DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { diagramSlides } from '../../../../../../shared/diagram/presentation-slides';
import type { DiagramType } from '../../../../../../shared/diagram/vocabulary';
import { useCurrentSlide } from '../../../../lib/presentation-store';

/**
 * While this person presents the board, the nodes of the slide on screen; null otherwise. Only
 * they take the keyboard's focus then: React Flow moves the view to a node that gets the focus, so
 * Tab through the rest of the diagram carried the presenter's view off the slide.
 */
export function usePresentedNodeIds(boardId: string, diagramType: DiagramType, nodes: DiagramNode[], edges: DiagramEdge[]): Set<string> | null {
  const slideId = useCurrentSlide(boardId)?.slideId ?? null;
  return useMemo(() => {
    if (!slideId) return null;
    const slide = diagramSlides(diagramType, { nodes, edges }).find((candidate) => candidate.id === slideId);
    return slide ? new Set(slide.nodeIds) : null;
  }, [slideId, diagramType, nodes, edges]);
}

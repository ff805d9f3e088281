import { MarkerType } from '@xyflow/react';
import type { TFunction } from 'i18next';
import { useMemo, useRef } from 'react';
import type { DiagramEdge, DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { edgeTexts } from '../../model/node-texts';
import type { RemotePresence } from '../../sync/presence-store';
import type { FlowEdge } from '../diagram-edges';
import { reuseUnchanged, type ReuseCache } from './reuse-unchanged';

const arrow = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

interface FlowEdgeInputs {
  edges: DiagramEdge[];
  selected: Set<string>;
  nodeById: Map<string, DiagramNode>;
  remoteSelections: Map<string, RemotePresence['user'][]>;
  t: TFunction;
}

/** The document's edges as React Flow edges, each object kept while the edge and its ends are unchanged. */
export function useFlowEdges({ edges, selected: selectedIds, nodeById, remoteSelections, t }: FlowEdgeInputs): FlowEdge[] {
  const cache = useRef<ReuseCache<FlowEdge>>(new Map());
  return useMemo(() => {
    const reuse = reuseUnchanged(cache);
    return edges.map((edge) => {
      const selected = selectedIds.has(edge.id);
      const remoteColor = remoteSelections.get(edge.id)?.[0]?.color;
      // Its name comes from its ends' titles: made again only when the edge or an end changed.
      return reuse(edge.id, [edge, selected, remoteColor, nodeById.get(edge.source), nodeById.get(edge.target), t], () => {
        const texts = edgeTexts(edge, nodeById, t);
        return {
          id: edge.id,
          type: edge.type,
          source: edge.source,
          target: edge.target,
          sourceHandle: edge.sourceHandle ?? undefined,
          targetHandle: edge.targetHandle ?? undefined,
          selected,
          ariaLabel: texts.accessibleName,
          markerEnd: arrow,
          ...(edge.data.relation === 'samarbeider-med' ? { markerStart: arrow } : {}),
          data: { edge, label: texts.label, remoteColor },
        };
      });
    });
  }, [edges, selectedIds, nodeById, remoteSelections, t]);
}

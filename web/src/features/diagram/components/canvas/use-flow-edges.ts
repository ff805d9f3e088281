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
  /** The box whose links the keyboard can reach now (./use-link-keys.ts); no other link is focusable. */
  linksOf: string | null;
  t: TFunction;
}

/** The document's edges as React Flow edges, each object kept while the edge and its ends are unchanged. */
export function useFlowEdges({ edges, selected: selectedIds, nodeById, remoteSelections, linksOf, t }: FlowEdgeInputs): FlowEdge[] {
  const cache = useRef<ReuseCache<FlowEdge>>(new Map());
  return useMemo(() => {
    const reuse = reuseUnchanged(cache);
    return edges.map((edge) => {
      const selected = selectedIds.has(edge.id);
      const remoteColor = remoteSelections.get(edge.id)?.[0]?.color;
      const focusable = edge.source === linksOf || edge.target === linksOf;
      // Its name comes from its ends' titles: made again only when the edge or an end changed.
      return reuse(edge.id, [edge, selected, remoteColor, focusable, nodeById.get(edge.source), nodeById.get(edge.target), t], () =>
        toFlowEdge(edge, { selected, remoteColor, focusable, nodeById, t }),
      );
    });
  }, [edges, selectedIds, nodeById, remoteSelections, linksOf, t]);
}

interface FlowEdgeState {
  selected: boolean;
  remoteColor: string | undefined;
  focusable: boolean;
  nodeById: Map<string, DiagramNode>;
  t: TFunction;
}

/** One document edge as React Flow draws it (also the board's server-drawn picture, ../../preview/). */
export function toFlowEdge(edge: DiagramEdge, { selected, remoteColor, focusable, nodeById, t }: FlowEdgeState): FlowEdge {
  const texts = edgeTexts(edge, nodeById, t);
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    sourceHandle: edge.sourceHandle ?? undefined,
    targetHandle: edge.targetHandle ?? undefined,
    selected,
    focusable,
    // Out of Tab's way unless focusable now: Chromium's Tab stops on a link's SVG element
    // even without a tabindex.
    ...(focusable ? {} : { domAttributes: { tabIndex: -1 } }),
    // A group with its name whether or not it can have the focus now (React Flow makes an unfocusable one an image).
    ariaRole: 'group',
    ariaLabel: texts.accessibleName,
    markerEnd: arrow,
    ...(edge.data.relation === 'samarbeider-med' ? { markerStart: arrow } : {}),
    data: { edge, label: texts.label, remoteColor },
  };
}

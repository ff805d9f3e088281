import { useMemo, useRef } from 'react';
import type { DiagramNode, DiagramPosition } from '../../../../../../shared/diagram/diagram-document';
import { defaultNodeSize } from '../../../../../../shared/diagram/place-node';
import type { TFunction } from 'i18next';
import { nodeTexts } from '../../model/node-texts';
import type { RemotePresence } from '../../sync/presence-store';
import type { FlowNode } from '../diagram-nodes';
import { reuseUnchanged, type ReuseCache } from './reuse-unchanged';

const noRemote: RemotePresence['user'][] = [];

interface FlowNodeInputs {
  nodes: DiagramNode[];
  /** Positions of nodes being dragged now, shown before they are written to the document. */
  dragging: Map<string, DiagramPosition>;
  selected: Set<string>;
  remoteSelections: Map<string, RemotePresence['user'][]>;
  readOnly: boolean;
  /** While presenting, the nodes of the slide on screen: no other node takes the focus (null: all do). */
  focusable: Set<string> | null;
  onResized: (id: string, size: { width: number; height: number }, position: DiagramPosition) => void;
  t: TFunction;
}

/**
 * The document's nodes as React Flow nodes. Each node's object is kept while nothing about it
 * changed, so a drag or an edit on a large diagram re-renders one node, not all of them.
 */
export function useFlowNodes({
  nodes,
  dragging,
  selected: selectedIds,
  remoteSelections,
  readOnly,
  focusable: focusableIds,
  onResized,
  t,
}: FlowNodeInputs): FlowNode[] {
  const cache = useRef<ReuseCache<FlowNode>>(new Map());
  return useMemo(() => {
    const reuse = reuseUnchanged(cache);
    return nodes.map((node) => {
      const position = dragging.get(node.id) ?? node.position;
      const selected = selectedIds.has(node.id);
      const remote = remoteSelections.get(node.id) ?? noRemote;
      const focusable = focusableIds?.has(node.id) ?? true;
      return reuse(node.id, [node, position, selected, remote, readOnly, focusable, onResized, t], () =>
        toFlowNode(node, { position, selected, remote, readOnly, focusable, onResized, t }),
      );
    });
  }, [nodes, dragging, selectedIds, remoteSelections, readOnly, focusableIds, onResized, t]);
}

interface FlowNodeState {
  position: DiagramPosition;
  selected: boolean;
  remote: RemotePresence['user'][];
  readOnly: boolean;
  focusable: boolean;
  onResized?: FlowNodeInputs['onResized'];
  t: TFunction;
}

/** One document node as React Flow draws it (also the board's server-drawn picture, ../../preview/). */
export function toFlowNode(node: DiagramNode, { position, selected, remote, readOnly, focusable, onResized, t }: FlowNodeState): FlowNode {
  const texts = nodeTexts(node, t);
  return {
    id: node.id,
    type: node.type,
    position,
    parentId: node.parentId ?? undefined,
    selected,
    ...(focusable ? {} : { focusable: false }),
    ariaLabel: texts.accessibleName,
    ...(node.size ? { width: node.size.width, height: node.size.height } : {}),
    ...(node.type === 'gruppe'
      ? { zIndex: -1, style: { width: node.size?.width ?? defaultNodeSize.gruppe.width, height: node.size?.height ?? defaultNodeSize.gruppe.height } }
      : {}),
    ...(node.type === 'fritekst' && node.size ? { style: { width: node.size.width, height: node.size.height } } : {}),
    data: { node, texts, remote, readOnly, ...(onResized ? { onResized } : {}) },
  };
}

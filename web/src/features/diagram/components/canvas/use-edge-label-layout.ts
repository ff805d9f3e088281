import { useStoreApi } from '@xyflow/react';
import { useEffect, useState } from 'react';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import type { FlowEdge } from '../diagram-edges';
import type { FlowNode } from '../diagram-nodes';
import { EdgeLabelLayout } from './edge-label-layout';
import type { Rect } from './label-placement';

/** The part of a group a label keeps clear of: its heading. The rest of a group is room for links and labels. */
const groupHeading = 44;

/**
 * The canvas's label layout (./edge-label-layout.ts), with the boxes as React Flow has measured
 * them; placed again when the document's nodes change (a box moved or added may now be under a
 * label), not when one is only selected. Links report their own moves.
 */
export function useEdgeLabelLayout(nodes: DiagramNode[]): EdgeLabelLayout {
  const store = useStoreApi<FlowNode, FlowEdge>();
  const [layout] = useState(
    () =>
      new EdgeLabelLayout(() => {
        const boxes: Rect[] = [];
        for (const node of store.getState().nodeLookup.values()) {
          const width = node.measured.width ?? node.width;
          const height = node.measured.height ?? node.height;
          if (!width || !height || node.hidden) continue;
          const { x, y } = node.internals.positionAbsolute;
          boxes.push({ x, y, width, height: node.type === 'gruppe' ? Math.min(height, groupHeading) : height });
        }
        return boxes;
      }),
  );
  useEffect(() => layout.schedule(), [layout, nodes]);
  useEffect(() => () => layout.dispose(), [layout]);
  return layout;
}

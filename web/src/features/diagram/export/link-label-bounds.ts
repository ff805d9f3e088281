import type { ReactFlowInstance, Rect } from '@xyflow/react';
import type { FlowEdge } from '../components/diagram-edges';
import type { FlowNode } from '../components/diagram-nodes';

/**
 * `bounds` grown to hold the labels of the links drawn in it (of all links, or of those between the
 * boxes `nodeIds`), in the diagram's coordinates. A label with no room by its line is placed beside
 * the boxes (components/canvas/label-placement.ts), possibly beyond the outermost ones, where a
 * picture of the boxes alone would cut it off.
 */
export function withLinkLabels(flow: ReactFlowInstance<FlowNode, FlowEdge>, bounds: Rect, nodeIds?: string[]): Rect {
  const shown = nodeIds ? new Set(nodeIds) : null;
  const links = new Set(
    flow
      .getEdges()
      .filter((edge) => !shown || (shown.has(edge.source) && shown.has(edge.target)))
      .map((edge) => edge.id),
  );
  let [left, top, right, bottom] = [bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height];
  for (const label of document.querySelectorAll<HTMLElement>('.diagram-canvas .diagram-edge__label[data-edge-id]')) {
    if (!links.has(label.dataset.edgeId ?? '')) continue;
    const box = label.getBoundingClientRect();
    if (box.width === 0) continue;
    const start = flow.screenToFlowPosition({ x: box.left, y: box.top }, { snapToGrid: false });
    const end = flow.screenToFlowPosition({ x: box.right, y: box.bottom }, { snapToGrid: false });
    [left, top, right, bottom] = [Math.min(left, start.x), Math.min(top, start.y), Math.max(right, end.x), Math.max(bottom, end.y)];
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

import type { ReactFlowInstance, Rect } from '@xyflow/react';
import type { FlowEdge } from '../components/diagram-edges';
import type { FlowNode } from '../components/diagram-nodes';

/**
 * `bounds` grown to hold the links drawn in it (all links, or those between the boxes `nodeIds`),
 * in the diagram's coordinates: their lines and their labels, as drawn. A line can run out past the
 * boxes it joins (a loop back, «tilbakeløp», turns 48 px beside them), and a label with no room by
 * its line is placed beside the boxes (components/canvas/label-placement.ts), possibly beyond the
 * outermost ones: a picture of the boxes alone would cut either off.
 */
export function withLinks(flow: ReactFlowInstance<FlowNode, FlowEdge>, bounds: Rect, nodeIds?: string[]): Rect {
  const shown = nodeIds ? new Set(nodeIds) : null;
  const links = new Set(
    flow
      .getEdges()
      .filter((edge) => !shown || (shown.has(edge.source) && shown.has(edge.target)))
      .map((edge) => edge.id),
  );
  let [left, top, right, bottom] = [bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height];
  /** Takes in a box on screen (not one of nothing drawn), grown by `margin` in the diagram's units. */
  const include = (box: DOMRect, margin = 0) => {
    if (box.width === 0 && box.height === 0) return;
    const start = flow.screenToFlowPosition({ x: box.left, y: box.top }, { snapToGrid: false });
    const end = flow.screenToFlowPosition({ x: box.right, y: box.bottom }, { snapToGrid: false });
    [left, top, right, bottom] = [
      Math.min(left, start.x - margin),
      Math.min(top, start.y - margin),
      Math.max(right, end.x + margin),
      Math.max(bottom, end.y + margin),
    ];
  };
  for (const edge of document.querySelectorAll<SVGGElement>('.diagram-canvas .react-flow__edge[data-id]')) {
    if (!links.has(edge.dataset.id ?? '')) continue;
    const line = edge.querySelector<SVGPathElement>('.react-flow__edge-path');
    // The box of its geometry; half the stroke (in the diagram's units, as the line is drawn in them) lies beyond it.
    if (line) include(line.getBoundingClientRect(), (parseFloat(getComputedStyle(line).strokeWidth) || 0) / 2);
  }
  for (const label of document.querySelectorAll<HTMLElement>('.diagram-canvas .diagram-edge__label[data-edge-id]')) {
    if (!links.has(label.dataset.edgeId ?? '')) continue;
    include(label.getBoundingClientRect());
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}

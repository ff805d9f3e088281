import { getBezierPath, getSmoothStepPath, type Position } from '@xyflow/system';
import type { DiagramEdge } from '../../../../../../shared/diagram/diagram-document';

/** Where a link starts and ends: its handles' points and sides. */
export interface LinkEnds {
  sourceX: number;
  sourceY: number;
  targetX: number;
  targetY: number;
  sourcePosition: Position;
  targetPosition: Position;
}

/**
 * A link's SVG path and the middle its label goes to: a curve between actors (relations), steps
 * with rounded corners between process steps, a loop back further out than a forward step. The
 * editor's links and the server-drawn picture's (../../preview/) are drawn by this one function.
 */
export function linkPath(type: DiagramEdge['type'], ends: LinkEnds): [path: string, labelX: number, labelY: number] {
  const [path, labelX, labelY] =
    type === 'relasjon' ? getBezierPath(ends) : getSmoothStepPath({ ...ends, borderRadius: 10, offset: type === 'tilbakelop' ? 48 : 24 });
  return [path, labelX, labelY];
}

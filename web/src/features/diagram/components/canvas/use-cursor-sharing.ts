import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import type { DiagramSession } from '../../sync/use-diagram-session';
import type { FlowEdge } from '../diagram-edges';
import type { FlowNode } from '../diagram-nodes';

/** Our pointer, shared with the others in diagram coordinates (a few times a second is enough for a cursor). */
export function useCursorSharing(session: DiagramSession) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const lastCursor = useRef(0);
  const onPointerMove = useCallback(
    (event: React.PointerEvent) => {
      const now = performance.now();
      if (now - lastCursor.current < 60) return;
      lastCursor.current = now;
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      session.provider.awareness.setLocalStateField('cursor', { x: Math.round(point.x), y: Math.round(point.y) });
    },
    [flow, session.provider],
  );
  const onPointerLeave = useCallback(() => session.provider.awareness.setLocalStateField('cursor', null), [session.provider]);
  return { onPointerMove, onPointerLeave };
}

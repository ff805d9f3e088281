import { useEffect, useState } from 'react';

/**
 * The node whose first field takes focus: set when a node is made, cleared a frame later, so
 * selecting it again later does not steal focus.
 */
export function useNewNodeFocus() {
  const [focusNodeId, setFocusNodeId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNodeId) return;
    const frame = requestAnimationFrame(() => setFocusNodeId(null));
    return () => cancelAnimationFrame(frame);
  }, [focusNodeId]);
  return [focusNodeId, setFocusNodeId] as const;
}

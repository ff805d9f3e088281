import { useEffect, useState } from 'react';

/**
 * A node whose field is to take the keyboard's focus (a new node's first field, a node's panel):
 * set when that is asked for, cleared a frame later, so selecting the node again later does not
 * take the focus.
 */
export function useFocusForAFrame() {
  const [focusNodeId, setFocusNodeId] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNodeId) return;
    const frame = requestAnimationFrame(() => setFocusNodeId(null));
    return () => cancelAnimationFrame(frame);
  }, [focusNodeId]);
  return [focusNodeId, setFocusNodeId] as const;
}

import { useCallback, type Dispatch, type SetStateAction } from 'react';
import type { Selection } from '../model/selection';
import { useFocusForAFrame } from './use-focus-for-a-frame';

interface PanelFocusInputs {
  setSelection: Dispatch<SetStateAction<Selection>>;
  setPanelHidden: (hidden: boolean) => void;
  setKeysOpen: (open: boolean) => void;
}

/**
 * The key from a node to its side panel: the node is selected alone (its panel is the one shown),
 * the panel comes back if it was hidden or the keyboard help stood in its place, and the panel
 * takes the focus once it shows that node (`panelFocusId`, cleared a frame later so selecting
 * the node again later does not take the focus).
 */
export function usePanelFocus({ setSelection, setPanelHidden, setKeysOpen }: PanelFocusInputs) {
  const [panelFocusId, setPanelFocusId] = useFocusForAFrame();

  const goToPanel = useCallback(
    (nodeId: string) => {
      setSelection((current) =>
        current.nodes.size === 1 && current.nodes.has(nodeId) && current.edges.size === 0 ? current : { nodes: new Set([nodeId]), edges: new Set() },
      );
      setPanelHidden(false);
      setKeysOpen(false);
      setPanelFocusId(nodeId);
    },
    [setSelection, setPanelHidden, setKeysOpen, setPanelFocusId],
  );

  return { panelFocusId, goToPanel };
}

import { useStoreApi } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramPosition } from '../../../../../../shared/diagram/diagram-document';

/** The way React Flow says a node was moved with an arrow key. */
export type MoveDirection = 'up' | 'down' | 'left' | 'right';

/**
 * The sentence read out when a node is moved with the arrow keys, telling where it is now. React
 * Flow makes its sentence before it moves the node, from where the node was (one step behind, and
 * not where it is stored); so its call only notes the direction (`onArrowMove`, for its labels),
 * and the sentence is made once the move is stored (`onMovesStored`, for the canvas's changes),
 * from the place the document holds, and put in React Flow's own live region.
 */
export function useKeyboardMoveMessage() {
  const store = useStoreApi();
  const { t } = useTranslation();
  const direction = useRef<MoveDirection | null>(null);

  const onArrowMove = useCallback((moved: MoveDirection) => {
    direction.current = moved;
    // The move is reported in the same key press; one that is not (a board not live yet, which
    // writes nothing) must leave nothing for a later drag to be told as.
    queueMicrotask(() => (direction.current = null));
  }, []);

  const onMovesStored = useCallback(
    (positions: ReadonlyMap<string, DiagramPosition>) => {
      const moved = direction.current;
      direction.current = null;
      if (!moved || positions.size === 0) return;
      // All the selected nodes move; the one told about is the one the keyboard is on.
      const focused = document.activeElement?.closest<HTMLElement>('.react-flow__node')?.dataset.id;
      const position = (focused ? positions.get(focused) : undefined) ?? [...positions.values()][0]!;
      store.setState({
        ariaLiveMessage: t('diagram.flow.moved', { direction: t(`diagram.flow.direction.${moved}`), x: String(position.x), y: String(position.y) }),
      });
    },
    [store, t],
  );

  return { onArrowMove, onMovesStored };
}

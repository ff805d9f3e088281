import type { EdgeChange, NodeChange } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { DiagramPosition } from '../../../../../../shared/diagram/diagram-document';
import type { DiagramSession } from '../../sync/use-diagram-session';
import { moveNodes } from '../../model/diagram-actions';
import type { Selection } from '../../model/selection';
import type { FlowEdge } from '../diagram-edges';
import type { FlowNode } from '../diagram-nodes';

/** How often a drag is sent to the others (the final position is always sent). */
const dragSendMs = 50;

interface CanvasChangeInputs {
  session: DiagramSession;
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  readOnly: boolean;
  /** Sizes measured on screen, kept for the automatic layout. */
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
  /** Told where moved nodes were stored (a move with the arrow keys is told from it). */
  onMovesStored: (positions: ReadonlyMap<string, DiagramPosition>) => void;
}

/**
 * What React Flow reports back: selection goes to the editor, measured sizes to `sizes`, and drags
 * are shown locally at once while the moves are written to the document a few times a second.
 */
export function useCanvasChanges({ session, selection, onSelectionChange, readOnly, sizes, onMovesStored }: CanvasChangeInputs) {
  const [dragging, setDragging] = useState<Map<string, DiagramPosition>>(new Map());
  const pendingMoves = useRef(new Map<string, DiagramPosition>());
  const sendTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flushMoves = useCallback(() => {
    clearTimeout(sendTimer.current);
    sendTimer.current = undefined;
    if (pendingMoves.current.size === 0) return;
    // Moved by a person (drag or arrow keys): later automatic layouts leave these where they are.
    const stored = moveNodes(session.doc, pendingMoves.current, { byHand: true });
    pendingMoves.current = new Map();
    onMovesStored(stored);
  }, [session.doc, onMovesStored]);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      let nextSelection: Set<string> | null = null;
      let dragUpdate: Map<string, DiagramPosition> | null = null;
      let dragEnded = false;
      for (const change of changes) {
        if (change.type === 'select') {
          nextSelection ??= new Set(selection.nodes);
          if (change.selected) nextSelection.add(change.id);
          else nextSelection.delete(change.id);
        } else if (change.type === 'position' && change.position && !readOnly) {
          dragUpdate ??= new Map(dragging);
          dragUpdate.set(change.id, change.position);
          pendingMoves.current.set(change.id, change.position);
          if (!change.dragging) dragEnded = true;
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes.current.set(change.id, change.dimensions);
        }
      }
      if (nextSelection) onSelectionChange({ nodes: nextSelection, edges: selection.edges });
      if (dragEnded) {
        flushMoves();
        setDragging(new Map());
      } else if (dragUpdate) {
        setDragging(dragUpdate);
        sendTimer.current ??= setTimeout(flushMoves, dragSendMs);
      }
    },
    [selection, onSelectionChange, readOnly, dragging, sizes, flushMoves],
  );

  useEffect(() => () => clearTimeout(sendTimer.current), []);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      let next: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        next ??= new Set(selection.edges);
        if (change.selected) next.add(change.id);
        else next.delete(change.id);
      }
      if (next) onSelectionChange({ nodes: selection.nodes, edges: next });
    },
    [selection, onSelectionChange],
  );

  return { dragging, onNodesChange, onEdgesChange };
}

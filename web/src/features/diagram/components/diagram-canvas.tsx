import { Background, ConnectionMode, Controls, ReactFlow, ViewportPortal, type Viewport } from '@xyflow/react';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode, DiagramPosition } from '../../../../../shared/diagram/diagram-document';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import { whenDrawn } from '../../../lib/when-drawn';
import { removeDiagramPreview } from '../preview/remove-preview';
import { resizeNode } from '../model/diagram-actions';
import type { Selection } from '../model/selection';
import type { RemotePresence } from '../sync/presence-store';
import type { DiagramSession } from '../sync/use-diagram-session';
import { backgroundBands } from '../layout/background-bands';
import { DiagramBands } from './canvas/diagram-bands';
import { fitOptions, openingView, rememberDiagramView, largestZoom, smallestZoom, type Opening, type OpeningKind } from './canvas/opening-view';
import { RemoteCursors } from './canvas/remote-cursors';
import { useCanvasChanges } from './canvas/use-canvas-changes';
import { useCanvasEdits } from './canvas/use-canvas-edits';
import { useCursorSharing } from './canvas/use-cursor-sharing';
import { EdgeLabelLayoutContext } from './canvas/edge-label-layout';
import { useEdgeLabelLayout } from './canvas/use-edge-label-layout';
import { useFlowAriaLabels } from './canvas/use-flow-aria-labels';
import { useFlowEdges } from './canvas/use-flow-edges';
import { useFlowNodes } from './canvas/use-flow-nodes';
import { usePresentedNodeIds } from './canvas/use-presented-node-ids';
import { useKeyboardMoveMessage } from './canvas/use-keyboard-move-message';
import { useLinkKeys } from './canvas/use-link-keys';
import { usePanelKey } from './canvas/use-panel-key';
import { PinnedBandLabels } from './canvas/pinned-band-labels';
import { useRemoteSelections } from './canvas/use-remote-selections';
import { diagramEdgeTypes, type FlowEdge } from './diagram-edges';
import { diagramNodeTypes, type FlowNode } from './diagram-nodes';

interface DiagramCanvasProps {
  boardId: string;
  session: DiagramSession;
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  /** Never edited here: no access, the meeting-room screen, or closed for good. */
  readOnly: boolean;
  /**
   * False while the board's stored content is drawn, before the live document arrived: nothing is
   * edited yet, but it is drawn as it will be then, so the nodes need not render again.
   */
  live: boolean;
  presence: RemotePresence[];
  /** Sizes measured on screen, kept for the automatic layout. */
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
  variantId: string | null;
  /** Told when a big diagram opened on a part of it rather than whole, so the person can be told how to see all. */
  onOpenedOnPart: (kind: Exclude<OpeningKind, 'whole'>) => void;
  /** Told when the whole diagram is shown with the canvas's own button. */
  onShowAll: () => void;
  /** Tells screen reader users what happened (a deletion with the Delete key). */
  announce: (message: string) => void;
  /** P on a node: the keyboard goes to its side panel; none where there is no panel. */
  onPanelKey?: (nodeId: string) => void;
}

/**
 * The diagram drawn with React Flow. The Yjs document is the source of truth: moves, connections and
 * deletions are written to it and come back as new nodes; selection, measured sizes and dragging stay
 * local (selection is shared as presence). Memoised: the editor around it re-renders for its
 * connection state, announcements and panels, which change nothing drawn here.
 */
export const DiagramCanvas = memo(function DiagramCanvas(props: DiagramCanvasProps) {
  const { boardId, session, diagramType, nodes, edges, selection, onSelectionChange, readOnly, live, presence, sizes, variantId, onOpenedOnPart, onShowAll } =
    props;
  const { announce, onPanelKey } = props;
  const editable = !readOnly && live;
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const nodeById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const remoteSelections = useRemoteSelections(presence);
  const onResized = useCallback(
    (id: string, size: { width: number; height: number }, position: DiagramPosition) => resizeNode(session.doc, id, size, position),
    [session.doc],
  );

  const { onArrowMove, onMovesStored } = useKeyboardMoveMessage();
  const { dragging, onNodesChange, onEdgesChange } = useCanvasChanges({ session, selection, onSelectionChange, readOnly: !editable, sizes, onMovesStored });
  const { onConnect, onDelete } = useCanvasEdits({ session, nodes, nodeById, onSelectionChange, readOnly: !editable, container, announce });
  const { onPointerMove, onPointerLeave } = useCursorSharing(session);
  const presentedNodeIds = usePresentedNodeIds(boardId, diagramType, nodes, edges);
  const flowNodes = useFlowNodes({ nodes, dragging, selected: selection.nodes, remoteSelections, readOnly, focusable: presentedNodeIds, onResized, t });
  const { linksOf, onKeyDown: onLinkKeys, onFocus } = useLinkKeys(edges, container);
  const onPanelKeyDown = usePanelKey(onPanelKey);
  const flowEdges = useFlowEdges({ edges, selected: selection.edges, nodeById, remoteSelections, linksOf, t });
  const ariaLabelConfig = useFlowAriaLabels({ editable: !readOnly, links: true, panel: !!onPanelKey }, onArrowMove);
  const labelLayout = useEdgeLabelLayout(nodes);
  const bands = useMemo(() => backgroundBands(diagramType, nodes, sizes.current, t), [diagramType, nodes, sizes, t]);
  const opening = useOpening(boardId, diagramType, nodes, container, onOpenedOnPart);
  const onMoveEnd = useCallback((_: unknown, viewport: Viewport) => rememberDiagramView(boardId, viewport), [boardId]);
  useOnceDrawn(session, container, nodes.length);

  return (
    <div
      className="diagram-canvas"
      ref={container}
      tabIndex={-1}
      role="region"
      aria-label={t('diagram.canvas-label')}
      // Busy while the stored content is drawn: it can be read, not yet edited.
      aria-busy={!live}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
      onKeyDown={(event) => {
        onLinkKeys(event);
        onPanelKeyDown(event);
      }}
      onFocus={onFocus}
    >
      {opening && (
        <EdgeLabelLayoutContext value={labelLayout}>
          <ReactFlow<FlowNode, FlowEdge>
            nodes={flowNodes}
            edges={flowEdges}
            nodeTypes={diagramNodeTypes}
            edgeTypes={diagramEdgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={onConnect}
            onDelete={onDelete}
            connectionMode={ConnectionMode.Loose}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            elementsSelectable
            nodesFocusable
            // Tab goes through the boxes only; a box's links are reached with K (./canvas/use-link-keys.ts).
            edgesFocusable={false}
            deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
            multiSelectionKeyCode={['Meta', 'Control']}
            selectionKeyCode="Shift"
            minZoom={smallestZoom}
            maxZoom={largestZoom}
            fitView={opening.viewport === null}
            fitViewOptions={fitOptions}
            {...(opening.viewport ? { defaultViewport: opening.viewport } : {})}
            onMoveEnd={onMoveEnd}
            onlyRenderVisibleElements={nodes.length > 300}
            ariaLabelConfig={ariaLabelConfig}
          >
            <Background gap={24} />
            <Controls showInteractive={false} fitViewOptions={fitOptions} onFitView={onShowAll} />
            {diagramType === 'planprosess' && <PinnedBandLabels bands={bands} />}
            <ViewportPortal>
              <DiagramBands bands={bands} />
              <RemoteCursors presence={presence} variantId={variantId} />
            </ViewportPortal>
          </ReactFlow>
        </EdgeLabelLayoutContext>
      )}
    </div>
  );
});

/**
 * Where the view starts, decided once the canvas has its size (before anything is painted, so React
 * Flow is drawn at that view from its first frame): see ./canvas/opening-view.ts.
 */
function useOpening(
  boardId: string,
  diagramType: DiagramType,
  nodes: DiagramNode[],
  container: RefObject<HTMLDivElement | null>,
  onOpenedOnPart: (kind: Exclude<OpeningKind, 'whole'>) => void,
): Opening | null {
  const [opening, setOpening] = useState<Opening | null>(null);
  // The nodes when the canvas first has a size; later changes do not move the view.
  const nodesNow = useRef(nodes);
  nodesNow.current = nodes;
  const told = useRef(onOpenedOnPart);
  told.current = onOpenedOnPart;
  useLayoutEffect(() => {
    const canvas = container.current;
    if (!canvas) return;
    const opened = openingView(diagramType, nodesNow.current, { width: canvas.clientWidth, height: canvas.clientHeight }, boardId);
    setOpening(opened);
    if (opened.kind !== 'whole') told.current(opened.kind);
  }, [boardId, diagramType, container]);
  return opening;
}

/**
 * Once a node is on screen: the board's server-drawn picture (../preview/) gives way, and a session
 * drawn from the board's stored content takes the live document (its decoding and reading must not
 * come between the drawing and the screen). The picture goes first, so that nothing can find it
 * still there once the board can be edited.
 */
function useOnceDrawn(session: DiagramSession, container: RefObject<HTMLDivElement | null>, nodeCount: number) {
  const hasNodes = nodeCount > 0;
  useEffect(
    () =>
      whenDrawn(
        () => !hasNodes || nodeShownIn(container.current),
        () => {
          removeDiagramPreview();
          if (!session.started) session.goLive();
        },
      ),
    [session, container, hasNodes],
  );
}

/** Whether a node is shown inside the canvas: React Flow shows one once it has measured it, then fits the view. */
function nodeShownIn(canvas: HTMLDivElement | null): boolean {
  if (!canvas) return false;
  const frame = canvas.getBoundingClientRect();
  return [...canvas.querySelectorAll<HTMLElement>('.react-flow__node')].some((node) => {
    if (node.style.visibility === 'hidden') return false;
    const box = node.getBoundingClientRect();
    return box.width > 0 && box.right > frame.left && box.left < frame.right && box.bottom > frame.top && box.top < frame.bottom;
  });
}

import {
  Background,
  ConnectionMode,
  Controls,
  MarkerType,
  ReactFlow,
  ViewportPortal,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode, DiagramPosition } from '../../../../../shared/diagram/diagram-document';
import { newDiagramId } from '../../../../../shared/diagram/new-id';
import { absoluteBox, defaultNodeSize } from '../../../../../shared/diagram/place-node';
import { planPhases, type DiagramType } from '../../../../../shared/diagram/vocabulary';
import { laneKey } from '../layout/layout-diagram';
import { addEdge, deleteElements, moveNodes, resizeNode } from '../model/diagram-actions';
import { edgeAccessibleName, edgeLabel, nodeAccessibleName } from '../model/labels';
import type { RemotePresence } from '../sync/presence-store';
import type { DiagramSession } from '../sync/use-diagram-session';
import { diagramEdgeTypes, type FlowEdge } from './diagram-edges';
import { diagramNodeTypes, type FlowNode } from './diagram-nodes';

export interface Selection {
  nodes: Set<string>;
  edges: Set<string>;
}

interface DiagramCanvasProps {
  session: DiagramSession;
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  selection: Selection;
  onSelectionChange: (selection: Selection) => void;
  readOnly: boolean;
  presence: RemotePresence[];
  /** Sizes measured on screen, kept for the automatic layout. */
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
  variantId: string | null;
}

const noRemote: RemotePresence['user'][] = [];
const arrow = { type: MarkerType.ArrowClosed, width: 18, height: 18 };

/** How often a drag is sent to the others (the final position is always sent). */
const dragSendMs = 50;

/**
 * The diagram drawn with React Flow. The Yjs document is the source of truth: moves, connections and
 * deletions are written to it and come back as new nodes; selection, measured sizes and dragging stay
 * local (selection is shared as presence). Memoised: the editor around it re-renders for its
 * connection state, announcements and panels, which change nothing drawn here.
 */
export const DiagramCanvas = memo(function DiagramCanvas(props: DiagramCanvasProps) {
  const { session, diagramType, nodes, edges, selection, onSelectionChange, readOnly, presence, sizes, variantId } = props;
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [dragging, setDragging] = useState<Map<string, DiagramPosition>>(new Map());
  const pendingMoves = useRef(new Map<string, DiagramPosition>());
  const sendTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const nodeById = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);

  const remoteSelections = useMemo(() => {
    const map = new Map<string, RemotePresence['user'][]>();
    for (const person of presence) for (const id of person.selection) map.set(id, [...(map.get(id) ?? []), person.user]);
    return map;
  }, [presence]);

  const onResized = useCallback(
    (id: string, size: { width: number; height: number }, position: DiagramPosition) => resizeNode(session.doc, id, size, position),
    [session.doc],
  );

  // Each node's React Flow object is kept while nothing about it changed, so a drag or an edit on a
  // large diagram re-renders one node, not all of them.
  const flowNodeCache = useRef(new Map<string, { inputs: unknown[]; flowNode: FlowNode }>());
  const flowNodes = useMemo<FlowNode[]>(() => {
    const cache = flowNodeCache.current;
    const next = new Map<string, { inputs: unknown[]; flowNode: FlowNode }>();
    const result = nodes.map((node) => {
      const position = dragging.get(node.id) ?? node.position;
      const selected = selection.nodes.has(node.id);
      const remote = remoteSelections.get(node.id) ?? noRemote;
      const inputs = [node, position, selected, remote, readOnly, onResized, t];
      const cached = cache.get(node.id);
      if (cached && cached.inputs.every((value, index) => value === inputs[index])) {
        next.set(node.id, cached);
        return cached.flowNode;
      }
      const flowNode: FlowNode = {
        id: node.id,
        type: node.type,
        position,
        parentId: node.parentId ?? undefined,
        selected,
        ariaLabel: nodeAccessibleName(node, t),
        ...(node.size ? { width: node.size.width, height: node.size.height } : {}),
        ...(node.type === 'gruppe'
          ? { zIndex: -1, style: { width: node.size?.width ?? defaultNodeSize.gruppe.width, height: node.size?.height ?? defaultNodeSize.gruppe.height } }
          : {}),
        ...(node.type === 'fritekst' && node.size ? { style: { width: node.size.width, height: node.size.height } } : {}),
        data: { node, remote, readOnly, onResized },
      };
      next.set(node.id, { inputs, flowNode });
      return flowNode;
    });
    flowNodeCache.current = next;
    return result;
  }, [nodes, dragging, selection.nodes, remoteSelections, readOnly, onResized, t]);

  const flowEdgeCache = useRef(new Map<string, { inputs: unknown[]; flowEdge: FlowEdge }>());
  const flowEdges = useMemo<FlowEdge[]>(() => {
    const cache = flowEdgeCache.current;
    const next = new Map<string, { inputs: unknown[]; flowEdge: FlowEdge }>();
    const result = edges.map((edge) => {
      const selected = selection.edges.has(edge.id);
      const remoteColor = remoteSelections.get(edge.id)?.[0]?.color;
      // Its name comes from its ends' titles: made again only when the edge or an end changed.
      const inputs = [edge, selected, remoteColor, nodeById.get(edge.source), nodeById.get(edge.target), t];
      const cached = cache.get(edge.id);
      if (cached && cached.inputs.every((value, index) => value === inputs[index])) {
        next.set(edge.id, cached);
        return cached.flowEdge;
      }
      const ariaLabel = edgeAccessibleName(edge, nodeById, t);
      const flowEdge: FlowEdge = {
        id: edge.id,
        type: edge.type,
        source: edge.source,
        target: edge.target,
        sourceHandle: edge.sourceHandle ?? undefined,
        targetHandle: edge.targetHandle ?? undefined,
        selected,
        ariaLabel,
        markerEnd: arrow,
        ...(edge.data.relation === 'samarbeider-med' ? { markerStart: arrow } : {}),
        data: { edge, label: edgeLabel(edge, t), remoteColor },
      };
      next.set(edge.id, { inputs, flowEdge });
      return flowEdge;
    });
    flowEdgeCache.current = next;
    return result;
  }, [edges, selection.edges, nodeById, remoteSelections, t]);

  const flushMoves = useCallback(() => {
    clearTimeout(sendTimer.current);
    sendTimer.current = undefined;
    if (pendingMoves.current.size === 0) return;
    // Moved by a person (drag or arrow keys): later automatic layouts leave these where they are.
    moveNodes(session.doc, pendingMoves.current, { byHand: true });
    pendingMoves.current = new Map();
  }, [session.doc]);

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

  const onConnect = useCallback(
    (connection: Connection) => {
      if (readOnly || connection.source === connection.target) return;
      const source = nodeById.get(connection.source);
      const target = nodeById.get(connection.target);
      if (!source || !target) return;
      const isActors = source.type === 'aktor' && target.type === 'aktor';
      const holds = source.type === 'mappe' && (target.type === 'mappe' || target.type === 'dokument');
      const edge: DiagramEdge = {
        id: newDiagramId(),
        type: isActors ? 'relasjon' : holds ? 'inneholder' : 'sekvens',
        source: source.id,
        target: target.id,
        sourceHandle: connection.sourceHandle,
        targetHandle: connection.targetHandle,
        variantId: source.variantId ?? null,
        data: isActors ? { relation: 'samarbeider-med', label: '' } : { label: '' },
      };
      addEdge(session.doc, edge);
      onSelectionChange({ nodes: new Set(), edges: new Set([edge.id]) });
    },
    [readOnly, nodeById, session.doc, onSelectionChange],
  );

  const container = useRef<HTMLDivElement>(null);
  const onDelete = useCallback(
    ({ nodes: removedNodes, edges: removedEdges }: { nodes: FlowNode[]; edges: FlowEdge[] }) => {
      if (readOnly) return;
      deleteElements(
        session.doc,
        nodes,
        removedNodes.map((node) => node.id),
        removedEdges.map((edge) => edge.id),
      );
      onSelectionChange({ nodes: new Set(), edges: new Set() });
      // The focused node is gone: keep focus in the diagram rather than losing it to the page.
      requestAnimationFrame(() => {
        if (!container.current?.contains(document.activeElement)) container.current?.focus();
      });
    },
    [readOnly, session.doc, nodes, onSelectionChange],
  );

  // Our pointer, shared with the others (a few times a second is enough for a cursor).
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

  const bands = useMemo(() => backgroundBands(diagramType, nodes, sizes.current, t), [diagramType, nodes, sizes, t]);

  // Made once per language: a new object each render would make React Flow update its store again.
  const ariaLabelConfig = useMemo(
    () => ({
      'node.a11yDescription.default': t('diagram.flow.node-help'),
      'node.a11yDescription.keyboardDisabled': t('diagram.flow.node-help-move'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t('diagram.flow.moved', { direction: t(`diagram.flow.direction.${direction as 'up'}`), x: String(Math.round(x)), y: String(Math.round(y)) }),
      'edge.a11yDescription.default': t('diagram.flow.edge-help'),
      'controls.ariaLabel': t('diagram.flow.controls'),
      'controls.zoomIn.ariaLabel': t('diagram.flow.zoom-in'),
      'controls.zoomOut.ariaLabel': t('diagram.flow.zoom-out'),
      'controls.fitView.ariaLabel': t('diagram.flow.fit-view'),
      'controls.interactive.ariaLabel': t('diagram.flow.interactive'),
      'minimap.ariaLabel': t('diagram.flow.minimap'),
      'handle.ariaLabel': t('diagram.flow.handle'),
    }),
    [t],
  );

  return (
    <div
      className="diagram-canvas"
      ref={container}
      tabIndex={-1}
      role="region"
      aria-label={t('diagram.canvas-label')}
      onPointerMove={onPointerMove}
      onPointerLeave={onPointerLeave}
    >
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
        edgesFocusable
        deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
        multiSelectionKeyCode={['Meta', 'Control']}
        selectionKeyCode="Shift"
        minZoom={0.05}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
        onlyRenderVisibleElements={nodes.length > 300}
        ariaLabelConfig={ariaLabelConfig}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <ViewportPortal>
          <div className="diagram-bands" aria-hidden="true">
            {bands.map((band) => (
              <div
                key={band.key}
                className={`diagram-band diagram-band--${band.kind}`}
                style={{ transform: `translate(${band.x}px, ${band.y}px)`, width: band.width, height: band.height }}
              >
                <span className="diagram-band__label">{band.label}</span>
              </div>
            ))}
          </div>
          <div className="diagram-cursors" aria-hidden="true">
            {presence
              .filter((person) => person.cursor && (person.view ?? 'diagram') === 'diagram' && (person.variantId ?? null) === variantId)
              .map((person) => (
                <div key={person.clientId} className="diagram-cursor" style={{ transform: `translate(${person.cursor!.x}px, ${person.cursor!.y}px)` }}>
                  <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
                    <path d="M1 1 L15 11 L8 12 L5 19 Z" fill={person.user.color} stroke="#fff" strokeWidth="1.5" />
                  </svg>
                  <span className="diagram-cursor__name" style={{ background: person.user.color }}>
                    {person.user.name}
                  </span>
                </div>
              ))}
          </div>
        </ViewportPortal>
      </ReactFlow>
    </div>
  );
});

interface Band {
  key: string;
  kind: 'lane' | 'phase' | 'category';
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Labelled backgrounds drawn behind the nodes, derived from where they are: lanes (rows per
 * responsible actor) and phase headers for processes, category areas for actor maps.
 */
function backgroundBands(
  diagramType: DiagramType,
  nodes: DiagramNode[],
  sizes: Map<string, { width: number; height: number }>,
  t: (key: never, options?: Record<string, unknown>) => string,
): Band[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const boxOf = (node: DiagramNode) => {
    const box = absoluteBox(node, byId);
    const measured = sizes.get(node.id);
    return measured ? { ...box, ...measured } : box;
  };
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  const bands: Band[] = [];
  const pad = 16;
  if (diagramType === 'planprosess') {
    const steps = nodes.filter(
      (node): node is Extract<DiagramNode, { type: 'prosessteg' | 'avklaringspunkt' }> =>
        (node.type === 'prosessteg' || node.type === 'avklaringspunkt') && !node.parentId,
    );
    if (steps.length === 0) return bands;
    const boxes = new Map(steps.map((node) => [node.id, boxOf(node)]));
    const left = Math.min(...[...boxes.values()].map((b) => b.x)) - 170;
    const right = Math.max(...[...boxes.values()].map((b) => b.x + b.width)) + pad * 2;
    const top = Math.min(...[...boxes.values()].map((b) => b.y));
    const lanes = new Map<string, { label: string; min: number; max: number }>();
    for (const node of steps) {
      const box = boxes.get(node.id)!;
      const key = laneKey(node.data.lane);
      const lane = lanes.get(key) ?? { label: node.data.lane.trim() || translate('diagram.lane.none'), min: box.y, max: box.y + box.height };
      lane.min = Math.min(lane.min, box.y);
      lane.max = Math.max(lane.max, box.y + box.height);
      lanes.set(key, lane);
    }
    for (const [key, lane] of lanes) {
      bands.push({
        key: `lane:${key}`,
        kind: 'lane',
        label: lane.label,
        x: left,
        y: lane.min - pad,
        width: right - left,
        height: lane.max - lane.min + pad * 2,
      });
    }
    for (const phase of planPhases) {
      const inPhase = steps.filter((node) => node.data.phase === phase).map((node) => boxes.get(node.id)!);
      if (inPhase.length === 0) continue;
      const x = Math.min(...inPhase.map((b) => b.x)) - pad / 2;
      const width = Math.max(...inPhase.map((b) => b.x + b.width)) + pad / 2 - x;
      bands.push({ key: `phase:${phase}`, kind: 'phase', label: translate(`diagram.phase.${phase}`), x, y: top - 64, width, height: 36 });
    }
  } else {
    const actors = nodes.filter((node): node is Extract<DiagramNode, { type: 'aktor' }> => node.type === 'aktor' && !node.parentId);
    const categories = new Map<string, Array<ReturnType<typeof boxOf>>>();
    for (const actor of actors) categories.set(actor.data.category, [...(categories.get(actor.data.category) ?? []), boxOf(actor)]);
    for (const [category, boxes] of categories) {
      const x = Math.min(...boxes.map((b) => b.x)) - pad;
      const y = Math.min(...boxes.map((b) => b.y)) - pad - 32;
      bands.push({
        key: `category:${category}`,
        kind: 'category',
        label: translate(`diagram.category.${category}`),
        x,
        y,
        width: Math.max(...boxes.map((b) => b.x + b.width)) + pad - x,
        height: Math.max(...boxes.map((b) => b.y + b.height)) + pad - y,
      });
    }
  }
  return bands;
}

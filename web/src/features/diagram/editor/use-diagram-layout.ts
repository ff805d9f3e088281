import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import { overlappingNodes } from '../../../../../shared/diagram/overlaps';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import type { DiagramView } from '../model/diagram-kinds';
import { contentView, fitOptions, withLabels } from '../components/canvas/opening-view';
import type { FlowEdge } from '../components/diagram-edges';
import type { FlowNode } from '../components/diagram-nodes';
import { arrangeDiagram } from '../layout/arrange-diagram';
import { elkEngine } from '../layout/elk-engine';
import { applyLayout } from '../model/diagram-actions';
import type { DiagramSession } from '../sync/use-diagram-session';

interface DiagramLayoutInputs {
  session: DiagramSession;
  diagramType: DiagramType;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Sizes measured on screen by the canvas. */
  sizes: MutableRefObject<Map<string, { width: number; height: number }>>;
  readOnly: boolean;
  everSynced: boolean;
  view: DiagramView;
  announce: (message: string) => void;
}

/**
 * The automatic layout of what is shown (`layout`, one run at a time), and the one arrangement made
 * on opening when nodes overlap.
 */
export function useDiagramLayout({ session, diagramType, nodes, edges, sizes, readOnly, everSynced, view, announce }: DiagramLayoutInputs) {
  const { t } = useTranslation();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  const [layoutRunning, setLayoutRunning] = useState(false);

  const layout = useCallback(
    (full = false) => {
      if (readOnly || layoutRunning) return;
      setLayoutRunning(true);
      announce(t('diagram.layout.running'));
      arrangeDiagram(elkEngine(), { diagramType, nodes, edges, sizes: sizes.current, full })
        .then((changes) => {
          applyLayout(session.doc, changes);
          announce(t('diagram.layout.done', { count: changes.positions.size }));
          // After React has drawn the new positions: all of it where it can be made out, else its
          // start (a laid-out process of many steps is far wider than the screen).
          setTimeout(() => {
            const { width, height } = store.getState();
            const { viewport } = contentView(withLabels(diagramType, flow.getNodesBounds(flow.getNodes())), { width, height });
            void (viewport ? flow.setViewport(viewport, { duration: 300 }) : flow.fitView({ ...fitOptions, maxZoom: 1, duration: 300 }));
          }, 120);
        })
        .catch(() => announce(t('diagram.layout.failed')))
        .finally(() => setLayoutRunning(false));
    },
    [readOnly, layoutRunning, announce, t, diagramType, nodes, edges, sizes, session.doc, flow, store],
  );

  // Any actor map or digital structure opens with no two nodes on top of each other: once its nodes
  // are measured, one whose labels need more room than it has (an old board, an import, a long
  // name, another font) is arranged once, keeping what people placed by hand.
  const measuredCount = useStore(countMeasured);
  const overlapChecked = useRef(false);
  useEffect(() => {
    if (overlapChecked.current || !everSynced || readOnly || view !== 'diagram') return;
    // (A plan process keeps its phases and lanes as drawn; its layout is a deliberate act.)
    if (diagramType === 'planprosess' || nodes.length === 0 || measuredCount < nodes.length) return;
    // The editor's nodes are built from the document, so the sizes live in React Flow's internal nodes.
    const measured = new Map(
      nodes.flatMap((node) => {
        const size = flow.getInternalNode(node.id)?.measured;
        return size?.width && size.height ? [[node.id, { width: size.width, height: size.height }] as const] : [];
      }),
    );
    if (nodes.some((node) => !measured.has(node.id))) return;
    overlapChecked.current = true;
    if (overlappingNodes(nodes, measured).length > 0) layout();
  }, [measuredCount, everSynced, readOnly, view, diagramType, nodes, flow, layout]);

  return { layout, layoutRunning };
}

/** How many nodes React Flow has measured (drawn at least once). */
function countMeasured(state: ReactFlowState): number {
  let count = 0;
  for (const node of state.nodeLookup.values()) if (node.measured.width && node.measured.height) count += 1;
  return count;
}

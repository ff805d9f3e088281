import { ReactFlow, ReactFlowProvider, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';
import type { DiagramEdge, DiagramNode } from '../../../shared/diagram/diagram-document';
import { fitOptions, largestZoom, smallestZoom } from '../../src/features/diagram/components/canvas/opening-view';
import { diagramEdgeTypes, type FlowEdge } from '../../src/features/diagram/components/diagram-edges';
import { diagramNodeTypes, type FlowNode } from '../../src/features/diagram/components/diagram-nodes';
import { DiagramStore } from '../../src/features/diagram/model/diagram-store';
import { nodeTitle } from '../../src/features/diagram/model/labels';
import { edgeTexts, nodeTexts } from '../../src/features/diagram/model/node-texts';
import '../../src/features/diagram/diagram.css';
import { initI18n } from '../../src/lib/i18n';
import '../../src/lib/diagram-texts';

/**
 * The diagram floors: a bare <ReactFlow> rendering the board's nodes and edges (its JSON export,
 * `?doc=<name>` under ./docs/), once with React Flow's plain nodes (`&nodes=plain`) and once with
 * Planrom's node and edge components and labels (`&nodes=planrom`), built once from the document.
 * With `&source=yjs` the nodes and edges come from the board's live document instead (a Yjs update,
 * ./docs/<name>.yjs), applied to a Y.Doc and read by Planrom's own read model, as the editor gets
 * them from its socket: what the live document costs without the rest of the app.
 * The React Flow props that change what is drawn are Planrom's (fit, zoom limits, culling above 300).
 */
const params = new URLSearchParams(location.search);
const withPlanromNodes = params.get('nodes') === 'planrom';
const document_ =
  params.get('source') === 'yjs' ? await fromLiveDocument(`./docs/${params.get('doc')}.yjs`) : await fromJson(`./docs/${params.get('doc')}.json`);

interface Shown {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

async function fromJson(url: string): Promise<Shown> {
  return (await (await fetch(url)).json()) as Shown;
}

async function fromLiveDocument(url: string): Promise<Shown> {
  const doc = new Y.Doc();
  const update = new Uint8Array(await (await fetch(url)).arrayBuffer());
  // Marks the bench reads (bench/diagram-open.ts): what applying the update and the first read take.
  const start = performance.now();
  Y.applyUpdate(doc, update);
  const applied = performance.now();
  const { nodes, edges } = new DiagramStore(doc).getSnapshot();
  performance.measure('live-document-apply', { start, end: applied });
  performance.measure('live-document-read', { start: applied, end: performance.now() });
  return { nodes, edges };
}
initI18n('nb');

const arrow = { type: 'arrowclosed' as const, width: 18, height: 18 };

function PlainFloor() {
  const { t } = useTranslation();
  const nodes = useMemo<Node[]>(
    () => document_.nodes.map((node) => ({ id: node.id, position: node.position, parentId: node.parentId ?? undefined, data: { label: nodeTitle(node, t) } })),
    [t],
  );
  const edges = useMemo<Edge[]>(() => document_.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target, markerEnd: arrow })), []);
  return <ReactFlow nodes={nodes} edges={edges} {...shared} />;
}

function PlanromNodesFloor() {
  const { t } = useTranslation();
  const nodes = useMemo<FlowNode[]>(
    () =>
      document_.nodes.map((node) => ({
        id: node.id,
        type: node.type,
        position: node.position,
        parentId: node.parentId ?? undefined,
        ariaLabel: nodeTexts(node, t).accessibleName,
        ...(node.size ? { width: node.size.width, height: node.size.height } : {}),
        data: { node, texts: nodeTexts(node, t), remote: [], readOnly: false },
      })),
    [t],
  );
  const edges = useMemo<FlowEdge[]>(() => {
    const byId = new Map(document_.nodes.map((node) => [node.id, node]));
    return document_.edges.map((edge) => ({
      id: edge.id,
      type: edge.type,
      source: edge.source,
      target: edge.target,
      ariaLabel: edgeTexts(edge, byId, t).accessibleName,
      markerEnd: arrow,
      data: { edge, label: edgeTexts(edge, byId, t).label },
    }));
  }, [t]);
  return <ReactFlow<FlowNode, FlowEdge> nodes={nodes} edges={edges} nodeTypes={diagramNodeTypes} edgeTypes={diagramEdgeTypes} {...shared} />;
}

const shared = {
  minZoom: smallestZoom,
  maxZoom: largestZoom,
  fitView: true,
  fitViewOptions: fitOptions,
  onlyRenderVisibleElements: document_.nodes.length > 300,
};

createRoot(document.getElementById('root')!).render(
  <div style={{ position: 'fixed', inset: 0 }}>
    <ReactFlowProvider>{withPlanromNodes ? <PlanromNodesFloor /> : <PlainFloor />}</ReactFlowProvider>
  </div>,
);

import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { Fragment, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { defaultNodeSize } from '../../../../../shared/diagram/place-node';
import type { Language } from '../../../../../shared/schemas/language';
import type { DiagramPicture, DiagramPreviewView } from '../../../../../shared/web/diagram-preview';
import { i18n, initI18n } from '../../../lib/i18n';
import '../../../lib/diagram-texts';
import { DiagramBands } from '../components/canvas/diagram-bands';
import { diagramBounds, largestZoom, smallestZoom } from '../components/canvas/opening-view';
import { ServerLabelsContext } from '../components/canvas/server-labels';
import { toFlowEdge } from '../components/canvas/use-flow-edges';
import { toFlowNode } from '../components/canvas/use-flow-nodes';
import { diagramEdgeTypes, type FlowEdge } from '../components/diagram-edges';
import { diagramNodeTypes, type FlowNode } from '../components/diagram-nodes';
import { shownEdges, shownNodes, shownVariantId } from '../editor/use-shown-diagram';
import { backgroundBands } from '../layout/background-bands';
import type { StoredDiagram } from '../model/diagram-store';

export interface PreviewRequest {
  boardId: string;
  content: StoredDiagram;
  language: Language;
  /** For someone who may not edit the board: boxes without the handles to connect them by. */
  readOnly: boolean;
}

/** React Flow's handles on Planrom's boxes: 12 px squares with a 2 px border (diagram.css), centred on the left and right edges. */
const handleSize = 16;
/** A size React Flow needs on the server; the view script places the picture for the real window. */
const someArea = { width: 1440, height: 900 };
/** Its own id: React Flow names its descriptions, markers and dots by it, and the editor's are there too for a moment. */
const flowId = 'diagram-preview-flow';
const noRemote: never[] = [];
const noSizes = new Map<string, { width: number; height: number }>();

/**
 * The board's first picture, drawn on the server from its stored content as the editor draws it
 * (React Flow, Planrom's node and link components, the lanes and phases behind them), at 100 %,
 * for the view script in the page to place (shared/web/diagram-preview.ts). Built as a module of
 * its own for the server's picture thread (web/vite.preview.config.ts, server/routes/pages/diagram-previews.ts).
 * @returns the picture and where it lies, or null for an empty board (nothing to show early)
 */
export function renderDiagramPreview({ boardId, content, language, readOnly }: PreviewRequest): DiagramPicture | null {
  if (!i18n.isInitialized) initI18n(language);
  else if (i18n.language !== language) void i18n.changeLanguage(language);
  const t = i18n.getFixedT(language);
  const variantId = shownVariantId(content, null);
  const nodes = shownNodes(content, variantId);
  const labelled = diagramBounds(content.diagramType, nodes);
  if (!labelled) return null;
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  const edges = shownEdges(content.edges, new Set(nodeById.keys()));
  const flowNodes = nodes.map((node) => {
    const flowNode = toFlowNode(node, { position: node.position, selected: false, remote: noRemote, readOnly, focusable: true, t });
    // React Flow measures boxes in the page; on the server it is told their sizes and where their handles are.
    const { width, height } = node.size ?? defaultNodeSize[node.type];
    return { ...flowNode, initialWidth: width, initialHeight: height, handles: handlesOf(width, height) } satisfies FlowNode;
  });
  const flowEdges: FlowEdge[] = edges.map((edge) => toFlowEdge(edge, { selected: false, remoteColor: undefined, focusable: false, nodeById, t }));
  const bands = backgroundBands(content.diagramType, nodes, noSizes, t);
  const labels: ReactElement[] = [];
  let flow = renderToString(
    <ServerLabelsContext value={labels}>
      <ReactFlowProvider initialNodes={flowNodes} initialEdges={flowEdges} initialWidth={someArea.width} initialHeight={someArea.height}>
        <ReactFlow<FlowNode, FlowEdge>
          id={flowId}
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={diagramNodeTypes}
          edgeTypes={diagramEdgeTypes}
          minZoom={smallestZoom}
          maxZoom={largestZoom}
          defaultViewport={{ x: 0, y: 0, zoom: 1 }}
          nodesConnectable={!readOnly}
        >
          <Background id={flowId} gap={24} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </ServerLabelsContext>,
  );
  flow = into(
    flow,
    'react-flow__edgelabel-renderer',
    renderToString(
      <>
        {labels.map((label, index) => (
          <Fragment key={index}>{label}</Fragment>
        ))}
      </>,
    ),
  );
  flow = into(flow, 'react-flow__viewport-portal', renderToString(<DiagramBands bands={bands} />));
  const links = edges
    .filter((edge) => !edge.sourceHandle && !edge.targetHandle)
    .map((edge): DiagramPreviewView['links'][number] => [edge.id, edge.source, edge.target, edge.type]);
  return { markup: asPicture(flow), view: { boardId, labelled, links } };
}

function handlesOf(width: number, height: number): NonNullable<FlowNode['handles']> {
  const y = height / 2 - handleSize / 2;
  return [
    { type: 'target', position: 'left' as never, x: -handleSize / 2, y, width: handleSize, height: handleSize },
    { type: 'source', position: 'right' as never, x: width - handleSize / 2, y, width: handleSize, height: handleSize },
  ];
}

/** `markup` with `inner` put inside the (empty) element of class `className`. */
function into(markup: string, className: string, inner: string): string {
  const open = `<div class="${className}">`;
  const at = markup.indexOf(open);
  if (at < 0) throw new Error(`React Flow's markup has no ${className}`);
  return markup.slice(0, at + open.length) + inner + markup.slice(at + open.length);
}

/**
 * The markup without what only an editor uses: the outlines a link gets when focused or pointed at,
 * what boxes and links say to screen readers and the keyboard (the picture is hidden from both),
 * test ids; and the boxes' places and the links' paths with two decimals (a hundredth of a pixel at
 * 100 %) instead of sixteen. React escapes quotes in attribute values, so an attribute ends at the
 * first quote. Half of the picture's bytes on a plan process.
 */
function asPicture(markup: string): string {
  const twoDecimals = (text: string) => text.replace(/(\.\d{2})\d+/g, '$1');
  return markup
    .replace(/<path d="[^"]*" class="diagram-edge__focus"><\/path>/g, '')
    .replace(/<path d="[^"]*" fill="none" stroke-opacity="0" stroke-width="\d+" class="react-flow__edge-interaction"><\/path>/g, '')
    .replace(/ (aria-label|aria-describedby|aria-roledescription|data-testid|data-nodeid|data-handlepos)="[^"]*"/g, '')
    .replace(/ (tabindex="-?\d+"|role="group")/g, '')
    .replace(/ d="([^"]*)"/g, (_, path: string) => ` d="${twoDecimals(path)}"`)
    .replace(/ style="([^"]*)"/g, (_, style: string) => ` style="${twoDecimals(style)}"`);
}

import { diagramPreview, type DiagramPreviewView } from '../../../../../shared/web/diagram-preview';
import { Position } from '@xyflow/system';
import { linkPath } from '../components/canvas/link-path';
import { fittedViewport, openingOfBounds } from '../components/canvas/opening-view';

/** The dots' spacing behind a diagram (the editor's `<Background gap={24} />`). */
const dotGap = 24;
/** React Flow's dot size at 100 % (its Background's default for dots). */
const dotSize = 1;

/**
 * Puts the server-drawn picture of a diagram (shared/web/diagram-preview.ts) at the view the editor
 * will open on: the whole diagram fitted, a big one's start, or where this person last was on it
 * (openingView). The server cannot know the window's size, so it drew the picture at 100 %; this
 * runs inline right after the picture, before the page is first painted, measures the boxes as the
 * browser lays them out, and moves React Flow's viewport and its dot pattern as React Flow would.
 * Built on its own (web/build/diagram-preview-plugin.ts); the server puts it in a page after a
 * picture (server/routes/pages/board-page-html.ts), and it does nothing on a page without one.
 */
export function placePreview(): void {
  const picture = document.getElementById(diagramPreview.elementId);
  if (!picture) return;
  try {
    const view = JSON.parse(picture.getAttribute(diagramPreview.viewAttribute) ?? '') as DiagramPreviewView;
    // Shown to be measured: nothing is painted before this script has ended.
    picture.hidden = false;
    const area = { width: picture.clientWidth, height: picture.clientHeight };
    const flowViewport = picture.querySelector<HTMLElement>('.react-flow__viewport');
    if (!flowViewport) throw new Error('no viewport');
    const viewport = openingOfBounds(view.labelled, area, view.boardId).viewport ?? fittedViewport(laidOutBox(flowViewport), area);
    redrawLinks(flowViewport, view.links);
    flowViewport.style.transform = `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`;
    placeDots(picture, viewport);
  } catch {
    // A picture that cannot be placed is not shown: the editor draws the board as it would without one.
    picture.remove();
  }
}

/**
 * The boxes' bounds as laid out in the page, as React Flow measures them before it fits the view
 * (its fit uses the boxes' own sizes, not the stored ones): the viewport is still at 100 % here.
 */
function laidOutBox(flowViewport: HTMLElement) {
  const origin = flowViewport.getBoundingClientRect();
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of flowViewport.querySelectorAll('.react-flow__node')) {
    const box = node.getBoundingClientRect();
    [left, top] = [Math.min(left, box.left), Math.min(top, box.top)];
    [right, bottom] = [Math.max(right, box.right), Math.max(bottom, box.bottom)];
  }
  if (!Number.isFinite(left)) throw new Error('no boxes');
  return { x: left - origin.left, y: top - origin.top, width: right - left, height: bottom - top };
}

/**
 * The links drawn again between the handles as laid out, as React Flow draws them once it has
 * measured the handles: a box taller than its stored size (an actor with a long text) has its
 * handles lower than the server could know. Their labels go to the new middles.
 */
function redrawLinks(flowViewport: HTMLElement, links: DiagramPreviewView['links']) {
  if (links.length === 0) return;
  const origin = flowViewport.getBoundingClientRect();
  // Looked up once each, by id: a thousand links would otherwise search the picture thousands of times.
  const byId = (selector: string, id: (element: HTMLElement) => string | undefined) =>
    new Map([...flowViewport.querySelectorAll<HTMLElement>(selector)].map((element) => [id(element), element]));
  const nodes = byId('.react-flow__node', (node) => node.dataset.id);
  const lines = byId('.react-flow__edge', (edge) => edge.dataset.id);
  const labels = byId('.diagram-edge__label', (label) => label.dataset.edgeId);
  const handle = (nodeId: string, side: 'left' | 'right') => nodes.get(nodeId)?.querySelector(`.react-flow__handle-${side}`)?.getBoundingClientRect();
  // Every handle read before any path is written: a write between two reads would lay the page out again.
  const redrawn = links.flatMap(([id, source, target, type]) => {
    const from = handle(source, 'right');
    const to = handle(target, 'left');
    const line = lines.get(id)?.querySelector('.react-flow__edge-path');
    if (!from || !to || !line) return [];
    const ends = {
      sourceX: from.right - origin.left,
      sourceY: from.top + from.height / 2 - origin.top,
      targetX: to.left - origin.left,
      targetY: to.top + to.height / 2 - origin.top,
      sourcePosition: Position.Right,
      targetPosition: Position.Left,
    };
    return [{ id, line, drawn: linkPath(type, ends) }];
  });
  for (const { id, line, drawn } of redrawn) {
    const [path, labelX, labelY] = drawn;
    line.setAttribute('d', path);
    const label = labels.get(id);
    if (label) label.style.transform = `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`;
  }
}

/** React Flow's dot pattern for the view, as its `<Background>` draws it. */
function placeDots(picture: HTMLElement, viewport: { x: number; y: number; zoom: number }) {
  const pattern = picture.querySelector('.react-flow__background pattern');
  const dot = pattern?.querySelector('circle');
  if (!pattern || !dot) return;
  const gap = dotGap * viewport.zoom || 1;
  const radius = (dotSize * viewport.zoom) / 2;
  pattern.setAttribute('x', String(viewport.x % gap));
  pattern.setAttribute('y', String(viewport.y % gap));
  pattern.setAttribute('width', String(gap));
  pattern.setAttribute('height', String(gap));
  pattern.setAttribute('patternTransform', `translate(-${gap / 2},-${gap / 2})`);
  for (const attribute of ['cx', 'cy', 'r']) dot.setAttribute(attribute, String(radius));
}

import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/system';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { absoluteBox } from '../../../../../../shared/diagram/place-node';
import type { DiagramType } from '../../../../../../shared/diagram/vocabulary';
import { keepRememberedView, readRememberedView } from '../../../../lib/remembered-view';
import { layoutSpacing } from '../../layout/layout-diagram';

/** How a diagram is shown: all of it, or (too big to make out whole) a part, said to the person. */
export type OpeningKind = 'whole' | 'last-view' | 'start';

export interface Opening {
  kind: OpeningKind;
  /** Where the view starts; null for the whole diagram, which React Flow fits once it has measured the nodes. */
  viewport: Viewport | null;
}

/** Room around a fitted diagram, as a share of the canvas (React Flow's number padding). */
const fitPadding = 0.15;
/** Where a big diagram's start is put on screen (px): clear of the canvas's left edge, and of the toolbar and variant bar over its top. */
const inset = { left: 48, top: 160 };
/**
 * How React Flow fits the whole diagram: the canvas's `fitView`, its controls' button and Shift+1.
 * Its top stays below the toolbar and variant bar floating over the canvas, so a tall diagram's
 * first row (a plan process's first lane) is not hidden under them.
 */
export const fitOptions = { padding: { top: `${inset.top}px`, right: fitPadding, bottom: fitPadding, left: fitPadding }, maxZoom: 1.2 } as const;
/** Low enough that a plan process of a few hundred steps still fits whole when someone asks for it. */
export const smallestZoom = 0.01;
/** As close as the canvas zooms in. */
export const largestZoom = 2.5;
/** Below this a fitted diagram's nodes are specks: boxes, lanes and arrows can no longer be told apart. */
export const overviewZoom = 0.15;
/** A big diagram's start is shown at its whole height (or width) where that is readable, never above 100 %. */
const startZoom = { min: 0.5, max: 1 };
const storageKey = (boardId: string) => `planrom:diagram-visning:${boardId}`;

/** The nodes' box at their stored or default sizes, before React Flow has measured them. */
function nodesBox(nodes: readonly DiagramNode[]): Rect | null {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const box = absoluteBox(node, byId);
    left = Math.min(left, box.x);
    top = Math.min(top, box.y);
    right = Math.max(right, box.x + box.width);
    bottom = Math.max(bottom, box.y + box.height);
  }
  return Number.isFinite(left) ? { x: left, y: top, width: right - left, height: bottom - top } : null;
}

/** What is drawn, before React Flow has measured it: the nodes at their stored or default sizes, with their labels. */
export function diagramBounds(diagramType: DiagramType, nodes: readonly DiagramNode[]): Rect | null {
  const box = nodesBox(nodes);
  return box && withLabels(diagramType, box);
}

/** The nodes' box with a plan process's lane names to its left and phase names above it. */
export function withLabels(diagramType: DiagramType, nodesBox: Rect): Rect {
  if (diagramType !== 'planprosess') return nodesBox;
  const { laneLabel, top } = layoutSpacing;
  return { x: nodesBox.x - laneLabel, y: nodesBox.y - top, width: nodesBox.width + laneLabel, height: nodesBox.height + top };
}

/**
 * Where the view goes for a diagram of `bounds` in a canvas of `area`: the whole diagram when it
 * can be made out at the fitted zoom; otherwise its start, the left end (a process reads left to
 * right from its first phase), at the zoom that shows its whole height (or width) where readable.
 */
export function contentView(bounds: Rect, area: { width: number; height: number }): Opening {
  const fit = getViewportForBounds(bounds, area.width, area.height, 0, fitOptions.maxZoom, fitOptions.padding);
  if (fit.zoom >= overviewZoom) return { kind: 'whole', viewport: null };
  const room = 1 + fitPadding;
  const across = Math.max(area.width / (bounds.width * room), area.height / (bounds.height * room));
  const zoom = Math.min(startZoom.max, Math.max(startZoom.min, across));
  const height = bounds.height * zoom;
  // Centred top to bottom where it fits, as a fitted diagram is, which keeps it clear of the tools
  // floating over the canvas's top; a taller one starts at its top, below them.
  const top = height <= area.height ? (area.height - height) / 2 : inset.top;
  return { kind: 'start', viewport: { x: inset.left - bounds.x * zoom, y: top - bounds.y * zoom, zoom } };
}

/**
 * How a diagram opens: whole when it can be made out so; a big one where this person last was on
 * it (when that view still shows some of it), else at its start, as a 1 % view of specks tells nobody anything.
 */
export function openingView(diagramType: DiagramType, nodes: readonly DiagramNode[], area: { width: number; height: number }, boardId: string): Opening {
  return openingOfBounds(diagramBounds(diagramType, nodes), area, boardId);
}

/** `openingView` for a diagram of `bounds` (with its labels; null when it is empty). */
export function openingOfBounds(bounds: Rect | null, area: { width: number; height: number }, boardId: string): Opening {
  if (!bounds || area.width <= 0 || area.height <= 0) return { kind: 'whole', viewport: null };
  const view = contentView(bounds, area);
  if (view.kind === 'whole') return view;
  const remembered = readRememberedView(storageKey(boardId));
  const lastView = remembered && { x: remembered.x, y: remembered.y, zoom: remembered.z };
  return lastView && showsSomeOf(bounds, lastView, area) ? { kind: 'last-view', viewport: lastView } : view;
}

/** Where React Flow's fit of the whole (`fitView` with `fitOptions`) puts the view for nodes in `box`. */
export function fittedViewport(box: Rect, area: { width: number; height: number }): Viewport {
  return getViewportForBounds(box, area.width, area.height, smallestZoom, fitOptions.maxZoom, fitOptions.padding);
}

/** Keeps where this person is on the diagram, for the next time it opens. */
export function rememberDiagramView(boardId: string, viewport: Viewport): void {
  keepRememberedView(storageKey(boardId), { x: viewport.x, y: viewport.y, z: viewport.zoom });
}

/** Whether the view (screen = diagram × zoom + offset) shows any part of `bounds`. */
function showsSomeOf(bounds: Rect, viewport: Viewport, area: { width: number; height: number }): boolean {
  const left = -viewport.x / viewport.zoom;
  const top = -viewport.y / viewport.zoom;
  const right = left + area.width / viewport.zoom;
  const bottom = top + area.height / viewport.zoom;
  return bounds.x < right && bounds.x + bounds.width > left && bounds.y < bottom && bounds.y + bounds.height > top;
}

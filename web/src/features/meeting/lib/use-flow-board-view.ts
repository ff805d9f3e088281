import { useOnViewportChange, useReactFlow, useStoreApi, type Rect } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { diagramMaps } from '../../../../../shared/diagram/diagram-ydoc';
import type { BoardAreas, BoardItem, BoardView } from './board-view';

/** What only the diagram editor knows, read when the meeting tools ask. */
export interface FlowBoardContent {
  /** The nodes people can vote on, with the titles the diagram shows. */
  listItems: () => BoardItem[];
  /** The parts a vote can be limited to. */
  listAreas: () => BoardAreas;
  /** Where the whole diagram is drawn, names and all. */
  wholeBounds: () => Rect | null;
}

/** The meeting tools' view of a React Flow diagram (call inside its `ReactFlowProvider`). */
export function useFlowBoardView(doc: Y.Doc, content: FlowBoardContent): BoardView {
  const flow = useReactFlow();
  const store = useStoreApi();
  const viewListeners = useRef(new Set<() => void>());
  const resizeListeners = useRef(new Set<() => void>());
  // The latest functions, read when called: the view itself is made once.
  const latest = useRef(content);
  latest.current = content;
  useOnViewportChange({ onChange: () => viewListeners.current.forEach((listener) => listener()) });
  // The first drawing and later resizes change what is visible too.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.width === previous.width && state.height === previous.height) return;
        viewListeners.current.forEach((listener) => listener());
        // The first drawing (from no size) is not a resize.
        if (previous.width > 0 && previous.height > 0) resizeListeners.current.forEach((listener) => listener());
      }),
    [store],
  );

  return useMemo<BoardView>(
    () => ({
      getView() {
        const { width, height, transform } = store.getState();
        const [tx, ty, zoom] = transform;
        if (!(width > 0 && height > 0 && zoom > 0)) return null;
        return { bounds: { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }, page: null };
      },
      onViewChange(listener) {
        viewListeners.current.add(listener);
        return () => viewListeners.current.delete(listener);
      },
      onResize(listener) {
        resizeListeners.current.add(listener);
        return () => resizeListeners.current.delete(listener);
      },
      showView(view) {
        void flow.fitBounds(view.bounds, { padding: 0 });
      },
      showWhole() {
        // With a plan process's lane and phase names (React Flow fits the nodes alone): the names
        // held at the view's edges when they are out of it would otherwise cover the first steps.
        const bounds = latest.current.wholeBounds();
        if (bounds) void flow.fitBounds(bounds, { padding: 0.05 });
      },
      boundsBox({ x, y, width, height }) {
        const zoom = store.getState().transform[2];
        const topLeft = flow.flowToScreenPosition({ x, y });
        return { left: topLeft.x, top: topLeft.y, width: width * zoom, height: height * zoom };
      },
      listItems: () => latest.current.listItems(),
      listAreas: () => latest.current.listAreas(),
      itemBox(id) {
        const node = flow.getInternalNode(id);
        if (!node) return null;
        const zoom = store.getState().transform[2];
        const topLeft = flow.flowToScreenPosition(node.internals.positionAbsolute);
        return { left: topLeft.x, top: topLeft.y, width: (node.measured.width ?? 0) * zoom, height: (node.measured.height ?? 0) * zoom };
      },
      viewportBox() {
        const rect = store.getState().domNode?.getBoundingClientRect();
        return rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null;
      },
      onLocalItemCreated(listener) {
        const nodes = diagramMaps(doc).nodes;
        const observer: Parameters<typeof nodes.observe>[0] = (event) => {
          // Updates from the server arrive as non-local transactions: only this person's new nodes count.
          if (!event.transaction.local) return;
          for (const [id, change] of event.changes.keys) if (change.action === 'add') listener(id);
        };
        nodes.observe(observer);
        return () => nodes.unobserve(observer);
      },
      // Diagram nodes carry no author.
      withholdAuthorship: () => () => {},
    }),
    [doc, flow, store],
  );
}

import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import {
  memo,
  type ReactElement,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react';
import type { DiagramEdge } from '../../../../../shared/diagram/diagram-document';
import { EdgeLabelLayoutContext, type LabelSpot } from './canvas/edge-label-layout';
import { ServerLabelsContext } from './canvas/server-labels';
import { leaderLine } from './canvas/leader-line';
import { linkPath } from './canvas/link-path';

/** What each React Flow edge carries. */
export type FlowEdgeData = { edge: DiagramEdge; label: string; remoteColor?: string };
export type FlowEdge = Edge<FlowEdgeData>;

/** Line styles: the type is also in the label text, so no meaning rests on the line alone. */
const dash: Record<DiagramEdge['type'], string | undefined> = {
  relasjon: undefined,
  sekvens: undefined,
  alternativ: '8 5',
  tilbakelop: '2 5',
  inneholder: undefined,
};

function LabelledEdgeView(props: EdgeProps<FlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, markerStart, selected } = props;
  const type = data?.edge.type ?? 'sekvens';
  const [path, labelX, labelY] = linkPath(type, { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const conflict = data?.edge.data.relation === 'potensiell-konflikt';
  const halo = useRef<SVGPathElement>(null);
  const focused = useKeyboardFocus(halo);
  const label = useRef<HTMLDivElement>(null);
  const spot = useLabelSpot(id, path, labelX, labelY, data?.label ?? '', label);
  const [x, y, free] = spot ? [spot.x, spot.y, spot.free] : [labelX, labelY, true];
  const leader = useMemo(
    () => (spot ? leaderLine(path, { x: spot.x - spot.width / 2, y: spot.y - spot.height / 2, width: spot.width, height: spot.height }) : null),
    [path, spot],
  );
  return (
    <>
      {/* A label placed away from its line is tied back to it (drawn in the SVG, so the exported picture has it too). */}
      {leader ? (
        <line
          {...leader}
          className={`diagram-edge__leader${conflict ? ' diagram-edge__leader--conflict' : ''}${selected ? ' diagram-edge__leader--selected' : ''}`}
          style={{ stroke: data?.remoteColor }}
        />
      ) : null}
      {/* Under the line: drawn only while the link has the keyboard's focus (diagram.css). */}
      <path ref={halo} d={path} className="diagram-edge__focus" />
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        markerStart={markerStart}
        className={`diagram-edge diagram-edge--${type}${conflict ? ' diagram-edge--conflict' : ''}${selected ? ' diagram-edge--selected' : ''}`}
        style={{ strokeDasharray: conflict ? '10 4 2 4' : dash[type], stroke: data?.remoteColor }}
        interactionWidth={16}
      />
      {data?.label ? (
        <EdgeLabelPlace>
          <div
            ref={label}
            className={`diagram-edge__label nodrag nopan${free ? '' : ' diagram-edge__label--no-room'}${selected ? ' diagram-edge__label--selected' : ''}${focused ? ' diagram-edge__label--focused' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
            // For the exported picture, which must hold the labels too (export/link-bounds.ts).
            data-edge-id={id}
            aria-hidden="true"
          >
            {data.label}
          </div>
        </EdgeLabelPlace>
      ) : null}
    </>
  );
}

const LabelledEdge = memo(LabelledEdgeView);

/**
 * Where a label goes: React Flow's layer for labels over the nodes, or, when the picture is drawn on
 * the server (which has no page to put it in), the list the picture puts in that layer itself.
 */
function EdgeLabelPlace({ children }: { children: ReactElement }) {
  const serverLabels = useContext(ServerLabelsContext);
  if (!serverLabels) return <EdgeLabelRenderer>{children}</EdgeLabelRenderer>;
  serverLabels.push(children);
  return null;
}

/**
 * Where the link's label is drawn: the spot the canvas's label layout chose for this path, clear of
 * the boxes and the other labels (`free` false where none was); none, so the link's middle, until
 * it has one (and where there is no layout).
 */
function useLabelSpot(id: string, path: string, middleX: number, middleY: number, text: string, label: RefObject<HTMLDivElement | null>): LabelSpot | null {
  const layout = useContext(EdgeLabelLayoutContext);
  const subscribe = useCallback((listener: () => void) => layout?.subscribe(id, listener) ?? (() => {}), [layout, id]);
  const read = () => layout?.spot(id);
  const spot = useSyncExternalStore(subscribe, read, read);
  // The label's size, read from the page only when its text changes (not when the link moves).
  const size = useRef<{ text: string; width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = label.current;
    if (!layout) return;
    if (!element) return layout.forget(id);
    if (size.current?.text !== text) size.current = { text, width: element.offsetWidth, height: element.offsetHeight };
    layout.report(id, { path, middle: { x: middleX, y: middleY }, width: size.current.width, height: size.current.height });
  }, [layout, id, path, middleX, middleY, text, label]);
  useEffect(() => () => layout?.forget(id), [layout, id]);
  return spot && spot.path === path ? spot : null;
}

/**
 * Whether the link has the keyboard's focus. React Flow focuses its own element for the link (the
 * parent of `part`); the label is drawn elsewhere (over the nodes), so it is told here to show the
 * focus too. Only keyboard focus (`:focus-visible`), as everywhere else.
 */
function useKeyboardFocus(part: RefObject<SVGPathElement | null>): boolean {
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    const edge = part.current?.parentElement;
    if (!edge) return;
    const update = () => setFocused(edge.matches(':focus-visible'));
    edge.addEventListener('focus', update);
    edge.addEventListener('blur', update);
    return () => {
      edge.removeEventListener('focus', update);
      edge.removeEventListener('blur', update);
    };
  }, [part]);
  return focused;
}

/** The edge types of diagram boards, for React Flow's `edgeTypes`. */
export const diagramEdgeTypes = {
  relasjon: LabelledEdge,
  sekvens: LabelledEdge,
  alternativ: LabelledEdge,
  tilbakelop: LabelledEdge,
  inneholder: LabelledEdge,
};

import { BaseEdge, EdgeLabelRenderer, getBezierPath, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { DiagramEdge } from '../../../../../shared/diagram/diagram-document';

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
  const [path, labelX, labelY] =
    type === 'relasjon'
      ? getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition })
      : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, offset: type === 'tilbakelop' ? 48 : 24 });
  const conflict = data?.edge.data.relation === 'potensiell-konflikt';
  const halo = useRef<SVGPathElement>(null);
  const focused = useKeyboardFocus(halo);
  return (
    <>
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
        <EdgeLabelRenderer>
          <div
            className={`diagram-edge__label nodrag nopan${selected ? ' diagram-edge__label--selected' : ''}${focused ? ' diagram-edge__label--focused' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            aria-hidden="true"
          >
            {data.label}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

const LabelledEdge = memo(LabelledEdgeView);

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

import { useStore, type ReactFlowState } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { pinnedLabelSizes } from '../../../../lib/diagram-pinned-labels';
import { phaseOfSlideId } from '../../../../../../shared/diagram/presentation-slides';
import { usePresentedArea } from '../../../../lib/presented-area';
import { useShownSlideId } from '../../../../lib/shown-slide';
import type { Band } from '../../layout/background-bands';
import { heldBandNames } from '../../layout/held-band-names';

/** The size of a lane's own name at 100 % (`.diagram-band__label`'s 0.875rem). */
const laneNameSize = 14;

const transformOf = (state: ReactFlowState) => state.transform;
const widthOf = (state: ReactFlowState) => state.width;
const heightOf = (state: ReactFlowState) => state.height;
const domNodeOf = (state: ReactFlowState) => state.domNode;

/**
 * A plan process's lane names held at the left edge of the view, and each phase's name at the top,
 * while their own are out of view: on a later phase, or on a slide, people still see whose row a
 * step is in and which phase they look at, as a spreadsheet keeps its headings. Drawn over the
 * diagram in screen pixels (React Flow's `transform` places them), for the eyes only: the steps'
 * accessible names already say their phase and who is responsible.
 */
export function PinnedBandLabels({ bands }: { bands: Band[] }) {
  const [x, y, zoom] = useStore(transformOf);
  const width = useStore(widthOf);
  const height = useStore(heightOf);
  const domNode = useStore(domNodeOf);
  const presented = usePresentedArea();
  const slideId = useShownSlideId();
  if (!(width > 0 && height > 0)) return null;
  // The edges the names keep to, in the drawing area's pixels: on a meeting-room screen the
  // presenter's area (the rest is dimmed), elsewhere the whole drawing area.
  const pane = presented ? domNode?.getBoundingClientRect() : undefined;
  const frame =
    presented && pane
      ? {
          left: presented.left - pane.left,
          top: presented.top - pane.top,
          right: presented.left - pane.left + presented.width,
          bottom: presented.top - pane.top + presented.height,
        }
      : { left: 0, top: 0, right: width, bottom: height };
  const sizes = pinnedLabelSizes(frame.right - frame.left);
  // On a slide, a lane's name is held also when its own is in view but smaller than the held one: a
  // slide keeps room for it. In the editor it would cover the first steps. A phase's slide marks
  // its phase among the names held.
  const ownNameSmall = zoom * laneNameSize < sizes.fontSize * 0.8;
  const held = heldBandNames(bands, { x, y, zoom }, frame, {
    laneWidth: sizes.laneWidth,
    headingHeight: sizes.headingHeight,
    everyLane: slideId !== null && ownNameSmall,
    currentPhase: slideId && phaseOfSlideId(slideId),
  });
  if (held.length === 0) return null;
  return (
    <div className="pinned-bands" aria-hidden="true" style={{ '--pinned-font-size': `${sizes.fontSize}px` } as CSSProperties}>
      {held.map(({ key, kind, text, current, ...box }) => (
        <div key={key} className={`pinned-band pinned-band--${kind}${current ? ' pinned-band--current' : ''}`} style={box}>
          {text}
        </div>
      ))}
    </div>
  );
}

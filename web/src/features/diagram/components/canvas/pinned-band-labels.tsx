import { useStore, type ReactFlowState } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { pinnedLabelSizes } from '../../../../lib/diagram-pinned-labels';
import type { Band } from '../../layout/background-bands';

/** Where a lane's own name starts inside its band (`.diagram-band--lane .diagram-band__label`'s 0.5rem). */
const laneLabelInset = 8;
/** The size of a lane's own name at 100 % (`.diagram-band__label`'s 0.875rem). */
const laneNameSize = 14;
/** A phase's name needs at least this much of its column on screen to be worth holding at the top. */
const narrowestHeading = 48;

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
  if (!(width > 0 && height > 0)) return null;
  const sizes = pinnedLabelSizes(width);
  // While presenting, a lane's name is held also when its own is in view but smaller than the held
  // one: a slide keeps room for it. In the editor it would cover the first steps. (The class is set
  // on the presentation's stage; every slide moves the view, which draws this again.)
  const onSlide = !!domNode?.closest('.presentation-stage');
  const ownNameSmall = zoom * laneNameSize < sizes.fontSize * 0.8;
  const lanes = bands.flatMap((band) => {
    if (band.kind !== 'lane') return [];
    if ((band.x + laneLabelInset) * zoom + x >= 0 && !(onSlide && ownNameSmall)) return [];
    const top = Math.max(0, band.y * zoom + y);
    const bottom = Math.min(height, (band.y + band.height) * zoom + y);
    return bottom - top > 0 ? [{ band, top, height: bottom - top }] : [];
  });
  const laneEdge = lanes.length > 0 ? sizes.laneWidth : 0;
  const phases = bands.flatMap((band) => {
    if (band.kind !== 'phase' || band.y * zoom + y >= 0) return [];
    const left = Math.max(laneEdge, band.x * zoom + x);
    const right = Math.min(width, (band.x + band.width) * zoom + x);
    return right - left >= narrowestHeading ? [{ band, left, width: right - left }] : [];
  });
  if (lanes.length === 0 && phases.length === 0) return null;
  return (
    <div className="pinned-bands" aria-hidden="true" style={{ '--pinned-font-size': `${sizes.fontSize}px` } as CSSProperties}>
      {lanes.map((lane) => (
        <div
          key={lane.band.key}
          className="pinned-band pinned-band--lane"
          data-pinned={lane.band.label}
          style={{ top: lane.top, height: lane.height, width: sizes.laneWidth }}
        >
          {lane.band.label}
        </div>
      ))}
      {laneEdge > 0 && phases.length > 0 ? (
        // The corner where the two meet, as a spreadsheet's: nothing of the diagram shows through it.
        <div className="pinned-band pinned-band--corner" style={{ width: laneEdge, height: sizes.headingHeight }} />
      ) : null}
      {phases.map((phase) => (
        <div
          key={phase.band.key}
          className="pinned-band pinned-band--phase"
          data-pinned={phase.band.label}
          style={{ left: phase.left, width: phase.width, height: sizes.headingHeight }}
        >
          {phase.band.label}
        </div>
      ))}
    </div>
  );
}

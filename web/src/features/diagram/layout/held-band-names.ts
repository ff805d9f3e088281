import { laneLabelInset, type Band } from './background-bands';

/** A band's name held at an edge of a frame, or the corner where the lanes' and phases' names meet. */
export interface HeldName {
  key: string;
  kind: 'lane' | 'phase' | 'corner';
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The phase being presented (its held name is marked). */
  current?: boolean;
}

/** Where the diagram is drawn: React Flow's transform (`x`, `y` and `zoom` from diagram units to the frame's). */
export interface DrawnAt {
  x: number;
  y: number;
  zoom: number;
}

export interface HoldOptions {
  /** The width of the column of lane names. */
  laneWidth: number;
  /** The height of a phase's held name (its band's own height, drawn at the zoom, when not given). */
  headingHeight?: number;
  /** Hold every lane in the frame, also one whose own name shows there (a slide keeps room for them). */
  everyLane?: boolean;
  /** The corner spans the frame's whole height, so nothing of the diagram shows beside the lane names (a printed page). */
  fullColumn?: boolean;
  /** The key of the phase being presented (`phase:X`), whose held name is marked. */
  currentPhase?: string | null;
}

/** A phase's name needs at least this much of its column in the frame to be worth holding. */
const narrowestHeading = 48;

/**
 * A plan process's lane names to hold at the left edge of a frame and its phase names at the top,
 * where their own are outside it, as a spreadsheet keeps its headings: on screen (the frame is the
 * drawing area, or the presenter's area on a meeting-room screen, in pixels) and on a handout's page
 * (the frame is the picture, in diagram units). Lanes and phases are cut to the frame; a phase with
 * too little of it left beside the lane names is left out.
 */
export function heldBandNames(
  bands: Band[],
  { x, y, zoom }: DrawnAt,
  frame: { left: number; top: number; right: number; bottom: number },
  options: HoldOptions,
): HeldName[] {
  const lanes = bands.flatMap((band): HeldName[] => {
    if (band.kind !== 'lane') return [];
    if ((band.x + laneLabelInset) * zoom + x >= frame.left && !options.everyLane) return [];
    const top = Math.max(frame.top, band.y * zoom + y);
    const bottom = Math.min(frame.bottom, (band.y + band.height) * zoom + y);
    return bottom > top ? [{ key: band.key, kind: 'lane', text: band.label, left: frame.left, top, width: options.laneWidth, height: bottom - top }] : [];
  });
  const laneEdge = lanes.length > 0 ? frame.left + options.laneWidth : frame.left;
  const phases = bands.flatMap((band): HeldName[] => {
    if (band.kind !== 'phase' || band.y * zoom + y >= frame.top) return [];
    const left = Math.max(laneEdge, band.x * zoom + x);
    const right = Math.min(frame.right, (band.x + band.width) * zoom + x);
    const height = options.headingHeight ?? band.height * zoom;
    if (right - left < narrowestHeading) return [];
    const current = band.key === options.currentPhase ? { current: true } : {};
    return [{ key: band.key, kind: 'phase', text: band.label, left, top: frame.top, width: right - left, height, ...current }];
  });
  const cornerHeight = options.fullColumn ? frame.bottom - frame.top : phases.length > 0 ? phases[0]!.height : 0;
  const corner: HeldName[] =
    lanes.length > 0 && cornerHeight > 0
      ? [{ key: 'corner', kind: 'corner', text: '', left: frame.left, top: frame.top, width: options.laneWidth, height: cornerHeight }]
      : [];
  return [...corner, ...lanes, ...phases];
}

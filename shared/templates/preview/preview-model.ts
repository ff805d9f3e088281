/**
 * A board drawn small: boxes and lines in the board's own coordinates, enough to recognise the
 * layout of a template (its areas, notes and connections) without any editor code.
 */
export interface PreviewModel {
  shapes: PreviewShape[];
  lines: PreviewLine[];
  summary: PreviewSummary;
}

/** One drawn box: an area with a heading (frame, group), a note, or another shape. */
export interface PreviewShape {
  kind: 'area' | 'note' | 'rect' | 'ellipse' | 'diamond' | 'text';
  x: number;
  y: number;
  w: number;
  h: number;
  /** A colour as CSS (hex). */
  color: string;
  /** An area's heading, drawn above it. */
  label?: string;
  /** How deep an area lies in other areas (0: on the page); inner headings are drawn smaller. */
  level?: number;
}

/** A connection: an arrow, a line, a diagram edge. */
export interface PreviewLine {
  points: Array<{ x: number; y: number }>;
  color: string;
  dashed: boolean;
  arrow: boolean;
}

/**
 * What a preview shows, for its text alternative: the names of its top-level areas (frames or
 * groups, in reading order), a plan process's lanes, and how many notes, other items and
 * connections it holds.
 */
export interface PreviewSummary {
  areas: string[];
  lanes: string[];
  notes: number;
  items: number;
  connections: number;
}

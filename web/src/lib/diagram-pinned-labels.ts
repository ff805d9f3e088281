/** The sizes of a plan process's pinned labels, in screen pixels. */
export interface PinnedLabelSizes {
  fontSize: number;
  /** The width of the lane names held at the left edge. */
  laneWidth: number;
  /** The height of a phase's name held at the top. */
  headingHeight: number;
}

/**
 * The sizes of a plan process's pinned labels: the lane names held at the left edge of the view, and
 * a phase's name at the top, when their own are out of view. They keep one size on screen, growing
 * with it (14 px type on a laptop, 21 px at 1080p, 32 px in 4K), so they can be read at any zoom; a
 * presented phase keeps room for them.
 * @param paneWidth the diagram's drawing area's width, in screen pixels
 */
export function pinnedLabelSizes(paneWidth: number): PinnedLabelSizes {
  const fontSize = Math.round(Math.min(32, Math.max(14, paneWidth / 90)));
  return { fontSize, laneWidth: fontSize * 14, headingHeight: Math.round(fontSize * 2.25) };
}

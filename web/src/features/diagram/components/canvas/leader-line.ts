import type { Rect } from './label-placement';
import { pointsAlongPath } from './path-points';

export interface LeaderLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** How close to the label its link must pass for the label to count as on the line (no leader needed). */
const onLineGap = 6;
/** How fine the link is sampled for its nearest point. */
const sampleSpacing = 2;

/**
 * The short line that ties a label placed beside its link back to it: from the nearest point of the
 * label's box to the nearest point of the link (the SVG path React Flow draws); of points as near,
 * the one nearest the label's middle, so the line leaves the label as straight as it can. None when
 * the link runs through the label or right past it.
 */
export function leaderLine(path: string, label: Rect): LeaderLine | null {
  const middle = { x: label.x + label.width / 2, y: label.y + label.height / 2 };
  let nearest: { x: number; y: number; distance: number; fromMiddle: number } | null = null;
  for (const point of pointsAlongPath(path, sampleSpacing)) {
    const dx = Math.max(label.x - point.x, 0, point.x - (label.x + label.width));
    const dy = Math.max(label.y - point.y, 0, point.y - (label.y + label.height));
    const distance = Math.hypot(dx, dy);
    const fromMiddle = Math.hypot(point.x - middle.x, point.y - middle.y);
    if (!nearest || distance < nearest.distance - 0.5 || (distance <= nearest.distance + 0.5 && fromMiddle < nearest.fromMiddle))
      nearest = { x: point.x, y: point.y, distance, fromMiddle };
  }
  if (!nearest || nearest.distance < onLineGap) return null;
  return {
    x1: Math.min(Math.max(nearest.x, label.x), label.x + label.width),
    y1: Math.min(Math.max(nearest.y, label.y), label.y + label.height),
    x2: nearest.x,
    y2: nearest.y,
  };
}

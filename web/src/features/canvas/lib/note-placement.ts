import { Box } from 'tldraw';

/** Space between a new note and what is already there, and inside an area's edges, in page units. */
export const noteGap = 20;

/** The most places tried along each side of an area: at a low zoom the view is large, and a note small in it. */
const mostPlaces = 80;

export type Size = { w: number; h: number };
export type Point = { x: number; y: number };
export type PlacementOrder = 'reading-order' | 'nearest-middle';

/**
 * The places of `size` in `area`, a gap inside its edges, a quarter of a note apart (closer places
 * look the same): left to right and top to bottom (a frame is filled as it is read), or nearest the
 * middle first (the view), the very middle among them.
 */
function placesIn(area: Box, size: Size, order: PlacementOrder): Box[] {
  const room = { x: area.w - size.w - 2 * noteGap, y: area.h - size.h - 2 * noteGap };
  if (room.x < 0 || room.y < 0) return [];
  const step = { x: Math.max(size.w / 4, room.x / mostPlaces), y: Math.max(size.h / 4, room.y / mostPlaces) };
  const places: Box[] = [];
  for (const y of offsets(room.y, step.y)) {
    for (const x of offsets(room.x, step.x)) places.push(new Box(area.x + noteGap + x, area.y + noteGap + y, size.w, size.h));
  }
  if (order === 'reading-order') return places;
  places.push(new Box(area.center.x - size.w / 2, area.center.y - size.h / 2, size.w, size.h));
  return places.sort((a, b) => a.center.dist(area.center) - b.center.dist(area.center));
}

/** From 0 to `room` by `step`, and `room` itself: a place against the far edge is a place too. */
function offsets(room: number, step: number): number[] {
  const list: number[] = [];
  for (let offset = 0; offset < room; offset += step) list.push(offset);
  return [...list, room];
}

/**
 * The top-left corner of the first place in `area` (see `placesIn`) that keeps a gap to each of
 * `others` and is inside or clear of each of `frames` (a note straddling a frame would belong to it
 * by one corner only). Null when there is none.
 */
export function freeSpot(area: Box, size: Size, others: Box[], frames: Box[], order: PlacementOrder): Point | null {
  const near = others.filter((other) => other.collides(area));
  const clear = (place: Box) => {
    const around = place.clone().expandBy(noteGap - 1);
    return near.every((other) => !around.collides(other)) && frames.every((frame) => !place.collides(frame) || frame.contains(place));
  };
  const found = placesIn(area, size, order).find(clear);
  return found ? { x: found.x, y: found.y } : null;
}

/**
 * Where a note covers least of `others` in a full `area`, the first such place in `order`: it is
 * seen and can be moved, rather than hidden under or over another note.
 */
export function leastCoveredSpot(area: Box, size: Size, others: Box[], order: PlacementOrder): Point {
  const near = others.filter((other) => other.collides(area));
  const covered = (place: Box) => near.reduce((sum, other) => sum + overlapArea(place, other), 0);
  let best: Box | null = null;
  let bestCovered = Infinity;
  for (const place of placesIn(area, size, order)) {
    const amount = covered(place);
    if (amount < bestCovered) [best, bestCovered] = [place, amount];
  }
  return best ? { x: best.x, y: best.y } : { x: area.center.x - size.w / 2, y: area.center.y - size.h / 2 };
}

function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.y, b.y));
}

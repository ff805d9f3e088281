import { pointsAlongPath, type PathPoint } from './path-points';

/** A box in the diagram's coordinates (top left corner and size). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Where a label was placed (its centre), and whether that spot is free. */
export interface PlacedLabel extends Point {
  /**
   * False when no spot near its link was free, so it covers a box or another label: it is drawn
   * there to be read, but must not take the clicks meant for what is under it.
   */
  free: boolean;
}

/** A link's label to place: its size, its link's path, and where it was before (kept if still free). */
export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  path: string;
  /** The middle of the link, where a label goes when nothing is in the way. */
  middle: Point;
  previous?: Point;
}

/** Free room kept between a label and a box or another label. */
const margin = 3;
/** How far apart the points tried along a link are. */
const spacing = 8;
/** At most this many points are tried along one link (a long link's are further apart). */
const mostPoints = 120;
const cellSize = 160;
/** Where no spot on or beside the link is free: how far from it a label may go, tried on a grid this fine. */
const nearbyReach = 140;
const nearbyStep = 16;
/** The points of the link a label may be near, from its middle outwards. */
const nearbyAnchors = [0.5, 0.3, 0.7];
/**
 * How many spots one placing may try in all, and near one link. Trying is the costly part: on a
 * board where hundreds of labels find no room (boxes piled on each other), the labels after that
 * go to their link's middle at once instead of freezing the page.
 */
const budget = 60_000;
const nearbyTries = 800;

/** Boxes sorted into a grid of cells, so a question about one spot looks at a few boxes, not all. */
class RectIndex {
  private readonly cells = new Map<number, Rect[]>();

  add(rect: Rect) {
    this.eachCell(rect, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
    });
  }

  /** Whether any box comes closer to `rect` than the margin (the question asked most: kept lean). */
  touches(rect: Rect): boolean {
    const right = Math.floor((rect.x + rect.width + margin) / cellSize);
    const bottom = Math.floor((rect.y + rect.height + margin) / cellSize);
    for (let x = Math.floor((rect.x - margin) / cellSize); x <= right; x++) {
      for (let y = Math.floor((rect.y - margin) / cellSize); y <= bottom; y++) {
        const cell = this.cells.get(x * 1_000_003 + y);
        if (!cell) continue;
        for (const other of cell) if (overlap(rect, other) > 0) return true;
      }
    }
    return false;
  }

  /** How much of `rect` (with the margin around it) the boxes cover. */
  covered(rect: Rect): number {
    let area = 0;
    for (const other of this.near(rect)) area += overlap(rect, other);
    return area;
  }

  /** The boxes in or near `rect`. */
  near(rect: Rect): Set<Rect> {
    const found = new Set<Rect>();
    this.eachCell(rect, (key) => this.cells.get(key)?.forEach((other) => found.add(other)));
    return found;
  }

  private eachCell(rect: Rect, visit: (key: number) => void) {
    const right = Math.floor((rect.x + rect.width + margin) / cellSize);
    const bottom = Math.floor((rect.y + rect.height + margin) / cellSize);
    for (let x = Math.floor((rect.x - margin) / cellSize); x <= right; x++)
      for (let y = Math.floor((rect.y - margin) / cellSize); y <= bottom; y++) visit(x * 1_000_003 + y);
  }
}

/** The area two boxes share, each grown by the margin on one side (0 when they are further apart). */
function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) + margin - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) + margin - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The spots to try for a label, best first: where it was, the link's middle, then points along the
 * link ever further from the middle on either side, then the same points with the label beside the
 * line instead of on it. Made as they are asked for: most labels take the first.
 */
function* candidates(label: LabelRequest, points: PathPoint[]): Generator<Point> {
  if (label.previous) yield label.previous;
  yield label.middle;
  const along = [...points].sort((a, b) => Math.abs(a.along - 0.5) - Math.abs(b.along - 0.5));
  yield* along;
  for (const point of along) {
    // Far enough along the line's normal that the label's box clears the line.
    const distance = Math.abs(point.dy) * (label.width / 2) + Math.abs(point.dx) * (label.height / 2) + margin;
    yield { x: point.x - point.dy * distance, y: point.y + point.dx * distance };
    yield { x: point.x + point.dy * distance, y: point.y - point.dx * distance };
  }
}

/**
 * Spots near the link, nearest first, for a label that has no room on or beside its line (a short
 * link between two boxes side by side): a grid around a few of the link's points, and the spots
 * right against the sides of the boxes and labels around them (a gap between two rows of boxes
 * just as tall as a label is found only so).
 */
function nearby(label: LabelRequest, points: PathPoint[], around: RectIndex[]): Point[] {
  if (points.length === 0) return [];
  const anchors = nearbyAnchors.map((along) => points[Math.min(points.length - 1, Math.floor(along * points.length))]!);
  const spots: Array<{ x: number; y: number; distance: number }> = [];
  const add = (x: number, y: number) => {
    let distance = Infinity;
    for (const anchor of anchors) distance = Math.min(distance, (x - anchor.x) ** 2 + (y - anchor.y) ** 2);
    if (distance <= nearbyReach ** 2) spots.push({ x, y, distance });
  };
  // Just clear of a box's side (the margin and a hair more).
  const halfWidth = label.width / 2 + margin + 0.01;
  const halfHeight = label.height / 2 + margin + 0.01;
  const rings = Math.floor(nearbyReach / nearbyStep);
  for (const anchor of anchors) {
    for (let i = -rings; i <= rings; i++) for (let j = -rings; j <= rings; j++) add(anchor.x + i * nearbyStep, anchor.y + j * nearbyStep);
    const area = {
      x: anchor.x - nearbyReach - label.width,
      y: anchor.y - nearbyReach - label.height,
      width: (nearbyReach + label.width) * 2,
      height: (nearbyReach + label.height) * 2,
    };
    for (const index of around) {
      for (const box of index.near(area)) {
        for (const x of [anchor.x, box.x + label.width / 2, box.x + box.width - label.width / 2]) {
          add(x, box.y - halfHeight);
          add(x, box.y + box.height + halfHeight);
        }
        for (const y of [anchor.y, box.y + label.height / 2, box.y + box.height - label.height / 2]) {
          add(box.x - halfWidth, y);
          add(box.x + box.width + halfWidth, y);
        }
      }
    }
  }
  return spots.sort((a, b) => a.distance - b.distance);
}

/**
 * Where each link's label goes (its centre): the first spot along its link where it covers no box
 * and no label placed before it; else the nearest free spot near the link; where there is none,
 * where it was, or the spot on the link that covers least of them (boxes count more than labels),
 * marked as not free. Labels are placed in the order given. A grid of cells keeps each question to a few boxes, and a
 * budget of tries bounds the whole (a board of 1,124 links: well under a tenth of a second).
 */
export function placeLabels(boxes: Rect[], labels: LabelRequest[]): Map<string, PlacedLabel> {
  const obstacles = new RectIndex();
  for (const box of boxes) obstacles.add(box);
  const placedLabels = new RectIndex();
  const placed = new Map<string, PlacedLabel>();
  const rectAt = (label: LabelRequest, point: Point): Rect => ({
    x: point.x - label.width / 2,
    y: point.y - label.height / 2,
    width: label.width,
    height: label.height,
  });
  let tries = 0;
  const free = (label: LabelRequest, spot: Point) => {
    tries += 1;
    const rect = rectAt(label, spot);
    return !obstacles.touches(rect) && !placedLabels.touches(rect);
  };
  for (const label of labels) {
    const spent = tries >= budget;
    const points = spent ? [] : pointsAlongPath(label.path, spacing, mostPoints);
    let chosen: Point | undefined;
    for (const spot of candidates(label, points)) {
      if (free(label, spot)) {
        chosen = spot;
        break;
      }
    }
    if (!chosen && !spent) {
      let left = nearbyTries;
      for (const spot of nearby(label, points, [obstacles, placedLabels])) {
        if (free(label, spot)) {
          chosen = spot;
          break;
        }
        if (--left === 0) break;
      }
    }
    const found = chosen !== undefined;
    // No free spot: where it was (a label that moves on every change helps nobody), else the spot
    // on its line that covers least.
    chosen ??= label.previous;
    if (!chosen && !spent) {
      let least = Infinity;
      for (const spot of [label.middle, ...points]) {
        const rect = rectAt(label, spot);
        const cost = obstacles.covered(rect) * 4 + placedLabels.covered(rect);
        if (cost < least) [least, chosen] = [cost, spot];
      }
    }
    chosen ??= label.middle;
    placed.set(label.id, { x: chosen.x, y: chosen.y, free: found });
    placedLabels.add(rectAt(label, chosen));
  }
  return placed;
}

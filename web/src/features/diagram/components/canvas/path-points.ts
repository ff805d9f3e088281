export interface PathPoint {
  x: number;
  y: number;
  /** How far along the path the point lies, 0 at its start and 1 at its end. */
  along: number;
  /** The path's direction there (a unit vector). */
  dx: number;
  dy: number;
}

type Point = { x: number; y: number };

/** A point of a quadratic or cubic Bézier curve (or a line: two points) at `t`. */
function curveAt(points: Point[], t: number): Point {
  let row = points;
  while (row.length > 1)
    row = row.slice(1).map((point, index) => ({ x: row[index]!.x + (point.x - row[index]!.x) * t, y: row[index]!.y + (point.y - row[index]!.y) * t }));
  return row[0]!;
}

/**
 * Points every `spacing` units along an SVG path as React Flow's edge paths write it (absolute
 * `M`, `L`, `Q` and `C` commands; numbers split by spaces or commas), with the path's direction at
 * each; on a long path, further apart so there are no more than `most`. No DOM: curves are
 * measured as short lines, which is close enough to place a label.
 */
export function pointsAlongPath(path: string, spacing: number, most = Infinity): PathPoint[] {
  // The path as short straight pieces: each curve cut in 16, enough for a label's position.
  const pieces: Array<[Point, Point]> = [];
  const tokens = path.match(/[MLQC]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
  let at: Point | null = null;
  let command = '';
  for (let index = 0; index < tokens.length;) {
    if (/^[MLQC]$/i.test(tokens[index]!)) command = tokens[index++]!.toUpperCase();
    const count = { M: 1, L: 1, Q: 2, C: 3 }[command] ?? 0;
    if (count === 0 || index + count * 2 > tokens.length) break;
    const points: Point[] = [];
    for (let n = 0; n < count; n++, index += 2) points.push({ x: Number(tokens[index]), y: Number(tokens[index + 1]) });
    if (command === 'M' || !at) {
      at = points[points.length - 1]!;
      continue;
    }
    const control = [at, ...points];
    const steps = command === 'L' ? 1 : 16;
    for (let step = 1; step <= steps; step++) {
      const next = curveAt(control, step / steps);
      pieces.push([at, next]);
      at = next;
    }
  }
  const lengths = pieces.map(([a, b]) => Math.hypot(b.x - a.x, b.y - a.y));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (total === 0) return at ? [{ ...at, along: 0.5, dx: 1, dy: 0 }] : [];
  const result: PathPoint[] = [];
  const step = Math.max(spacing, total / most);
  let start = 0;
  let piece = 0;
  for (let distance = Math.min(step / 2, total / 2); distance < total; distance += step) {
    while (piece < pieces.length - 1 && start + lengths[piece]! < distance) start += lengths[piece++]!;
    const [a, b] = pieces[piece]!;
    const length = lengths[piece]! || 1;
    const t = Math.min(1, (distance - start) / length);
    result.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t, along: distance / total, dx: (b.x - a.x) / length, dy: (b.y - a.y) / length });
  }
  return result;
}

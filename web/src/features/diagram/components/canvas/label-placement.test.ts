import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelRequest, type Point, type Rect } from './label-placement';
import { pointsAlongPath } from './path-points';

const crosses = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rectOf = (label: LabelRequest, at: Point): Rect => ({ x: at.x - label.width / 2, y: at.y - label.height / 2, width: label.width, height: label.height });
/** A label on a straight link from one point to another, as React Flow draws a straight edge. */
const straight = (id: string, from: Point, to: Point, width = 60, height = 20): LabelRequest => ({
  id,
  width,
  height,
  path: `M${from.x},${from.y} L${to.x},${to.y}`,
  middle: { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 },
});

describe('points along a link', () => {
  it('walks a straight line and React Flow’s curves and bends evenly, with their direction', () => {
    const line = pointsAlongPath('M0,0 L100,0', 10);
    expect(line.map((point) => Math.round(point.x))).toEqual([5, 15, 25, 35, 45, 55, 65, 75, 85, 95]);
    expect(line.every((point) => point.y === 0 && point.dx === 1 && point.dy === 0)).toBe(true);
    expect(line[0]!.along).toBeCloseTo(0.05);

    // getBezierPath's form: an S between (0,0) and (200,100) stays between its ends.
    const curve = pointsAlongPath('M0,0 C100,0 100,100 200,100', 8);
    expect(curve.length).toBeGreaterThan(20);
    expect(curve.every((point) => point.x >= 0 && point.x <= 200 && point.y >= 0 && point.y <= 100)).toBe(true);
    expect(curve.map((point) => point.along)).toEqual([...curve.map((point) => point.along)].sort((a, b) => a - b));

    // getSmoothStepPath's form: right, a rounded bend, down.
    const step = pointsAlongPath('M0 0L 90,0Q 100,0 100,10L100 100', 10);
    expect(step.at(-1)!.x).toBeCloseTo(100);
    expect(step.at(-1)!.dy).toBeCloseTo(1);
  });
});

describe('placing the links’ labels', () => {
  it('leaves a label at its link’s middle when nothing is there', () => {
    const label = straight('a', { x: 0, y: 0 }, { x: 400, y: 0 });
    expect(placeLabels([], [label]).get('a')).toEqual({ x: 200, y: 0, free: true });
  });

  it('moves a label off a box that sits on its link’s middle, along the link', () => {
    const box = { x: 150, y: -40, width: 100, height: 80 };
    const label = straight('a', { x: 0, y: 0 }, { x: 400, y: 0 });
    const at = placeLabels([box], [label]).get('a')!;
    expect(crosses(rectOf(label, at), box)).toBe(false);
    expect(at.y).toBe(0);
  });

  it('never puts two labels on the same spot (two links with one middle)', () => {
    const labels = [straight('a', { x: 0, y: 0 }, { x: 400, y: 0 }), straight('b', { x: 0, y: 0 }, { x: 400, y: 0 })];
    const placed = placeLabels([], labels);
    expect(crosses(rectOf(labels[0]!, placed.get('a')!), rectOf(labels[1]!, placed.get('b')!))).toBe(false);
  });

  it('puts the label of a short link between two boxes side by side next to them, not over them', () => {
    const left = { x: 0, y: 0, width: 200, height: 100 };
    const right = { x: 224, y: 0, width: 200, height: 100 };
    const above = { x: 0, y: -124, width: 424, height: 100 };
    const below = { x: 0, y: 124, width: 424, height: 100 };
    const label = straight('a', { x: 200, y: 50 }, { x: 224, y: 50 }, 100, 16);
    const at = placeLabels([above, left, right, below], [label]).get('a')!;
    for (const box of [above, left, right, below]) expect(crosses(rectOf(label, at), box)).toBe(false);
    // In a gap between the rows (24 high: room for it and a margin), right above or below the link.
    expect(Math.abs(at.x - 212)).toBeLessThan(8);
    expect((at.y > -24 && at.y < 0) || (at.y > 100 && at.y < 124)).toBe(true);
  });

  it('says so when a label has no free spot (a link in a packed crowd of boxes), and keeps it on its line', () => {
    const boxes: Rect[] = [];
    for (let column = 0; column < 7; column++) for (let row = 0; row < 9; row++) boxes.push({ x: column * 204, y: row * 64, width: 200, height: 60 });
    const label = straight('a', { x: 600, y: 286 }, { x: 612, y: 286 });
    const at = placeLabels(boxes, [label]).get('a')!;
    expect(at.free).toBe(false);
    expect(at.y).toBe(286);
    expect(boxes.some((box) => crosses(rectOf(label, at), box))).toBe(true);
  });

  it('places the labels of a board of 1,000 boxes and 1,124 links quickly', () => {
    const boxes: Rect[] = [];
    for (let n = 0; n < 1000; n++) boxes.push({ x: (n % 40) * 260, y: Math.floor(n / 40) * 140, width: 200, height: 90 });
    const labels: LabelRequest[] = [];
    for (let n = 0; n < 1124; n++) {
      const from = boxes[n % 1000]!;
      const to = boxes[(n * 7 + 41) % 1000]!;
      labels.push(straight(`e${n}`, { x: from.x + 200, y: from.y + 45 }, { x: to.x, y: to.y + 45 }, 90, 20));
    }
    const started = performance.now();
    const placed = placeLabels(boxes, labels);
    expect(placed.size).toBe(1124);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

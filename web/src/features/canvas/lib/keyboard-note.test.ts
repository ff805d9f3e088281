// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Box } from 'tldraw';
import { freeSpot } from './keyboard-note';

const note = { w: 200, h: 200 };

describe('freeSpot: where a note put by keyboard goes', () => {
  it('fills a frame as it is read: the first free cell left to right, then the next row', () => {
    // A frame of 3 × 2 cells with a note in its first cell.
    const frame = new Box(0, 0, 680, 460);
    const first = freeSpot(frame, note, [], [], 'reading-order')!;
    const second = freeSpot(frame, note, [new Box(first.x, first.y, 200, 200)], [], 'reading-order')!;
    expect(second.y).toBe(first.y);
    expect(second.x).toBeGreaterThan(first.x + 200);
    // The whole first row taken: the second row's first cell.
    const row = [0, 1, 2].map((column) => new Box(first.x + column * 220, first.y, 200, 200));
    expect(freeSpot(frame, note, row, [], 'reading-order')).toEqual({ x: first.x, y: first.y + 220 });
  });

  it('puts a note in the middle of the view, and next to what is there when the middle is taken', () => {
    const view = new Box(0, 0, 1000, 700);
    const middle = freeSpot(view, note, [], [], 'nearest-middle')!;
    expect(new Box(middle.x, middle.y, 200, 200).containsPoint(view.center)).toBe(true);
    const beside = freeSpot(view, note, [new Box(middle.x, middle.y, 200, 200)], [], 'nearest-middle')!;
    expect(new Box(beside.x, beside.y, 200, 200).collides(new Box(middle.x, middle.y, 200, 200))).toBe(false);
    expect(Math.hypot(beside.x - middle.x, beside.y - middle.y)).toBeLessThanOrEqual(300);
  });

  it('never lets a note straddle a frame outside it: inside it whole, or clear of it', () => {
    const view = new Box(0, 0, 1000, 700);
    // A frame whose left edge runs through the middle of the view.
    const frame = new Box(550, 100, 400, 500);
    const spot = freeSpot(view, note, [], [frame], 'nearest-middle')!;
    const box = new Box(spot.x, spot.y, 200, 200);
    expect(box.containsPoint(view.center)).toBe(false);
    expect(!box.collides(frame) || frame.contains(box)).toBe(true);
  });

  it('finds no place in an area smaller than a note, or where everything is taken', () => {
    expect(freeSpot(new Box(0, 0, 150, 150), note, [], [], 'reading-order')).toBeNull();
    const area = new Box(0, 0, 500, 500);
    expect(freeSpot(area, note, [area], [], 'nearest-middle')).toBeNull();
  });
});

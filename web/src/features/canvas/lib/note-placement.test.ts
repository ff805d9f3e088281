// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Box } from 'tldraw';
import { freeSpot, leastCoveredSpot } from './note-placement';

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
    const below = freeSpot(frame, note, row, [], 'reading-order')!;
    expect(below.x).toBe(first.x);
    expect(below.y).toBeGreaterThanOrEqual(first.y + 220);
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
    expect(!box.collides(frame) || frame.contains(box)).toBe(true);
  });

  it('finds the room prompts placed anywhere leave, not only room on a grid of notes', () => {
    // Two prompts at odd places in a frame with room for one more note between them.
    const frame = new Box(0, 0, 800, 300);
    const prompts = [new Box(30, 40, 200, 200), new Box(540, 60, 200, 200)];
    const spot = freeSpot(frame, note, prompts, [], 'reading-order')!;
    const box = new Box(spot.x, spot.y, 200, 200);
    expect(frame.contains(box)).toBe(true);
    for (const prompt of prompts) expect(box.collides(prompt)).toBe(false);
  });

  it('finds no place in an area smaller than a note, or where everything is taken', () => {
    expect(freeSpot(new Box(0, 0, 150, 150), note, [], [], 'reading-order')).toBeNull();
    const area = new Box(0, 0, 500, 500);
    expect(freeSpot(area, note, [area], [], 'nearest-middle')).toBeNull();
  });

  it('in a full area, puts a note where it covers least of what is there, not on top of a note', () => {
    // Two notes side by side fill the width; below them a strip too low for a note without touching them.
    const area = new Box(0, 0, 480, 380);
    const notes = [new Box(20, 20, 200, 200), new Box(260, 20, 200, 200)];
    expect(freeSpot(area, note, notes, [], 'reading-order')).toBeNull();
    const spot = leastCoveredSpot(area, note, notes, 'reading-order');
    const box = new Box(spot.x, spot.y, 200, 200);
    const covered = notes.reduce((sum, other) => {
      const w = Math.max(0, Math.min(box.maxX, other.maxX) - Math.max(box.x, other.x));
      const h = Math.max(0, Math.min(box.maxY, other.maxY) - Math.max(box.y, other.y));
      return sum + w * h;
    }, 0);
    // On top of one of them would cover 40,000; the lowest place covers a strip of them.
    expect(covered).toBeLessThan((200 * 200) / 2);
    expect(area.contains(box)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { leaderLine } from './leader-line';

describe('the leader line from a label to its link', () => {
  it('is not drawn for a label on its line, nor for one right beside it', () => {
    expect(leaderLine('M0,0 L400,0', { x: 170, y: -10, width: 60, height: 20 })).toBeNull();
    expect(leaderLine('M0,0 L400,0', { x: 170, y: 3, width: 60, height: 20 })).toBeNull();
  });

  it('joins the nearest points of a label moved away from its line and of the line', () => {
    // Above a short link and a little to its right: straight down from the label's bottom to the link's end.
    const line = leaderLine('M200,30 L260,30', { x: 250, y: -30, width: 60, height: 20 })!;
    expect(line.y1).toBe(-10);
    expect(line.y2).toBe(30);
    expect(line.x1).toBeCloseTo(line.x2);
    expect(line.x2).toBeGreaterThan(257);

    // Up and to the left of a bend: from the label's corner to the bend.
    const corner = leaderLine('M0,100 L100,100 L100,200', { x: 120, y: 40, width: 60, height: 20 })!;
    expect([corner.x1, corner.y1]).toEqual([120, 60]);
    expect(Math.hypot(corner.x2 - 100, corner.y2 - 100)).toBeLessThan(2);
  });
});

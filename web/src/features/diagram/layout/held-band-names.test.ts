import { describe, expect, it } from 'vitest';
import type { Band } from './background-bands';
import { heldBandNames } from './held-band-names';

const lane = (label: string, y: number): Band => ({ key: `lane:${label}`, kind: 'lane', label, x: -170, y, width: 2000, height: 150 });
const phase = (label: string, x: number): Band => ({ key: `phase:${label}`, kind: 'phase', label, x, y: -64, width: 300, height: 36 });
const bands = [lane('Forslagsstiller', 0), lane('Planadministrasjonen', 200), phase('Forarbeid', 0), phase('Oppstart', 500)];
const screen = { left: 0, top: 0, right: 1280, bottom: 720 };

describe('heldBandNames', () => {
  it('holds, on screen, the lane names scrolled off the left and the phase names scrolled off the top, with a corner where they meet', () => {
    // Half size, moved so the lanes' own names start at -77 px and the phases' at -82 px: the first
    // lane is cut by the top, «Forarbeid» ends before the lane names do.
    const held = heldBandNames(bands, { x: 4, y: -50, zoom: 0.5 }, screen, { laneWidth: 196, headingHeight: 32 });
    expect(held).toEqual([
      { key: 'corner', kind: 'corner', text: '', left: 0, top: 0, width: 196, height: 32 },
      { key: 'lane:Forslagsstiller', kind: 'lane', text: 'Forslagsstiller', left: 0, top: 0, width: 196, height: 25 },
      { key: 'lane:Planadministrasjonen', kind: 'lane', text: 'Planadministrasjonen', left: 0, top: 50, width: 196, height: 75 },
      { key: 'phase:Oppstart', kind: 'phase', text: 'Oppstart', left: 254, top: 0, width: 150, height: 32 },
    ]);
  });

  it('holds nothing where the names show, unless every lane is asked for (on a slide, over names in view but small)', () => {
    const whole = { x: 200, y: 100, zoom: 0.5 };
    expect(heldBandNames(bands, whole, screen, { laneWidth: 196 })).toEqual([]);
    expect(heldBandNames(bands, whole, screen, { laneWidth: 196, everyLane: true }).map((name) => name.text)).toEqual([
      'Forslagsstiller',
      'Planadministrasjonen',
    ]);
  });

  it('marks the phase being presented, and only that one', () => {
    // Both phases' names held: the view starts above the lanes' tops, left of both phases.
    const drawn = { x: 200, y: -50, zoom: 1 };
    const held = heldBandNames(bands, drawn, screen, { laneWidth: 196, headingHeight: 32, currentPhase: 'phase:Oppstart' });
    expect(held.filter((name) => name.kind === 'phase').map((name) => [name.text, name.current ?? false])).toEqual([
      ['Forarbeid', false],
      ['Oppstart', true],
    ]);
    expect(heldBandNames(bands, drawn, screen, { laneWidth: 196, headingHeight: 32 }).some((name) => name.current)).toBe(false);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Band } from '../layout/background-bands';
import { holdNames } from './held-names';

const lane = (label: string, y: number): Band => ({ key: `lane:${label}`, kind: 'lane', label, x: -170, y, width: 2000, height: 150 });
const phase = (label: string, x: number): Band => ({ key: `phase:${label}`, kind: 'phase', label, x, y: -64, width: 300, height: 36 });
const bands = [lane('Forslagsstiller', 0), lane('Planadministrasjonen', 200), lane('Naboer', 1200), phase('Forarbeid', 0), phase('Oppstart', 500)];

/** What the layer holds: each name's class, text and place (in the diagram's coordinates). */
function held(picture: { x: number; y: number; width: number; height: number }, columnRight: number) {
  const viewport = document.createElement('div');
  const layer = holdNames(viewport, bands, picture, columnRight);
  expect(viewport.lastElementChild).toBe(layer);
  return [...layer.children].map((element) => {
    const style = (element as HTMLElement).style;
    const [x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(style.transform)!.slice(1).map(Number);
    return {
      kind: element.className.replace('pinned-band pinned-band--', ''),
      text: element.textContent,
      x,
      y,
      width: parseFloat(style.width),
      height: parseFloat(style.height),
    };
  });
}

describe('holdNames', () => {
  it('holds the names of the lanes in a later phase’s picture in a column at its left edge, and the phases’ names along its top', () => {
    // «Oppstart» from its first two lanes: the lanes' own names stand 670 units to the left, the phases' above.
    const names = held({ x: 300, y: -20, width: 700, height: 400 }, 480);
    expect(names).toEqual([
      { kind: 'corner', text: '', x: 300, y: -20, width: 180, height: 400 },
      { kind: 'lane', text: 'Forslagsstiller', x: 300, y: 0, width: 180, height: 150 },
      { kind: 'lane', text: 'Planadministrasjonen', x: 300, y: 200, width: 180, height: 150 },
      // «Forarbeid» ends before the column does: it is left out.
      { kind: 'phase', text: 'Oppstart', x: 500, y: -20, width: 300, height: 36 },
    ]);
  });

  it('holds nothing in the first phase’s picture, where the lanes’ and phase’s own names are', () => {
    expect(held({ x: -200, y: -100, width: 800, height: 400 }, -20)).toEqual([]);
  });

  it('clips a lane cut by the picture’s top or bottom to it', () => {
    const names = held({ x: 300, y: 1250, width: 600, height: 60 }, 480);
    expect(names.find((name) => name.text === 'Naboer')).toMatchObject({ y: 1250, height: 60 });
    expect(names.map((name) => name.text)).toEqual(['', 'Naboer', 'Oppstart']);
  });
});

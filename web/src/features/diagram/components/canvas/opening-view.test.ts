// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { DiagramNode } from '../../../../../../shared/diagram/diagram-document';
import { defaultNodeSize } from '../../../../../../shared/diagram/place-node';
import { layoutSpacing } from '../../layout/layout-diagram';
import { diagramBounds, openingView, overviewZoom, rememberDiagramView } from './opening-view';

const step = (index: number, x: number, y = 0): DiagramNode => ({
  id: `s${index}`,
  type: 'prosessteg',
  position: { x, y },
  variantId: null,
  data: { title: `Steg ${index}`, phase: 'oppstart', lane: 'Planavdelingen', legalRef: '', deadline: '', description: '' },
});

/** A process laid out in one row, as a long laid-out plan process is: `count` steps 240 apart. */
const row = (count: number) => Array.from({ length: count }, (_, index) => step(index, index * 240));
const screen = { width: 1200, height: 800 };

/** The diagram's box as seen on screen in `viewport`. */
function onScreen(bounds: { x: number; y: number; width: number; height: number }, viewport: { x: number; y: number; zoom: number }) {
  return {
    left: bounds.x * viewport.zoom + viewport.x,
    top: bounds.y * viewport.zoom + viewport.y,
    right: (bounds.x + bounds.width) * viewport.zoom + viewport.x,
    bottom: (bounds.y + bounds.height) * viewport.zoom + viewport.y,
  };
}

describe('the view a diagram opens on', () => {
  beforeEach(() => localStorage.clear());

  it('is the whole diagram when it can be made out so, as every worksheet template is', () => {
    expect(openingView('planprosess', row(20), screen, 'b1')).toEqual({ kind: 'whole', viewport: null });
    expect(openingView('aktorkart', [], screen, 'b1')).toEqual({ kind: 'whole', viewport: null });
  });

  it('is the start of a long process, every lane and its names in view, at a readable zoom', () => {
    const nodes = row(200);
    const opened = openingView('planprosess', nodes, screen, 'b1');
    expect(opened.kind).toBe('start');
    const viewport = opened.viewport!;
    expect(viewport.zoom).toBeGreaterThanOrEqual(0.5);
    expect(viewport.zoom).toBeLessThanOrEqual(1);
    const drawn = onScreen(diagramBounds('planprosess', nodes)!, viewport);
    // The lane names (left of the first step) and the phase names (above it) are inside the screen, near its corner.
    expect(drawn.left).toBeGreaterThan(0);
    expect(drawn.left).toBeLessThan(100);
    expect(drawn.top).toBeGreaterThan(0);
    expect(drawn.bottom).toBeLessThan(screen.height);
    // The first step is on screen, the last far beyond it.
    const first = onScreen({ x: 0, y: 0, ...defaultNodeSize.prosessteg }, viewport);
    expect(first.left).toBeGreaterThan(layoutSpacing.laneLabel * viewport.zoom);
    expect(first.right).toBeLessThan(screen.width);
    expect(onScreen({ x: 199 * 240, y: 0, ...defaultNodeSize.prosessteg }, viewport).left).toBeGreaterThan(screen.width);
  });

  it('draws the line where a fitted diagram turns to specks', () => {
    // Just wide enough to fit above the line, and just too wide.
    const fits = (count: number) =>
      openingView(
        'aktorkart',
        row(count).map((node) => ({ ...node, type: 'aktor' }) as DiagramNode),
        screen,
        'b1',
      );
    const widest = Array.from({ length: 400 }, (_, index) => index + 1)
      .filter((count) => fits(count).kind === 'whole')
      .pop()!;
    const zoomAt = (count: number) => screen.width / ((count - 1) * 240 + defaultNodeSize.aktor.width) / 1.15;
    expect(zoomAt(widest)).toBeGreaterThanOrEqual(overviewZoom);
    expect(zoomAt(widest + 1)).toBeLessThan(overviewZoom * 1.01);
  });

  it('is where this person last was on a big diagram, when that view still shows some of it', () => {
    const nodes = row(200);
    rememberDiagramView('b1', { x: -20_000, y: 100, zoom: 0.8 });
    expect(openingView('planprosess', nodes, screen, 'b1')).toEqual({ kind: 'last-view', viewport: { x: -20_000, y: 100, zoom: 0.8 } });
    // Another board's view is not this one's.
    expect(openingView('planprosess', nodes, screen, 'b2').kind).toBe('start');
    // A view of empty space (the diagram has shrunk, or moved) is not where anyone wants to land.
    rememberDiagramView('b1', { x: -900_000, y: 100, zoom: 0.8 });
    expect(openingView('planprosess', nodes, screen, 'b1').kind).toBe('start');
    localStorage.setItem('planrom:diagram-visning:b1', '{"x":"left"}');
    expect(openingView('planprosess', nodes, screen, 'b1').kind).toBe('start');
  });
});

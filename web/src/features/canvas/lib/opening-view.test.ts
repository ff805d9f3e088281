// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from 'tldraw';
import { openOnContent, showAll } from './opening-view';

type Box = { x: number; y: number; w: number; h: number };
type Camera = { x: number; y: number; z: number };

/** An element on the page at a box in window pixels (happy-dom lays nothing out). */
function element(box: Box, attributes: Record<string, string> = {}): HTMLElement {
  const made = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.getBoundingClientRect = () => DOMRect.fromRect({ x: box.x, y: box.y, width: box.w, height: box.h });
  return made;
}

/** The few parts of tldraw's editor the opening view reads, with a 1440 × 900 screen. */
function fakeEditor(content: Box | null, shapes: Array<{ id: string; type: string; bounds: Box }> = []) {
  const calls: Array<[string, unknown]> = [];
  const screen = { x: 0, y: 0, w: 1440, h: 900 };
  const container = element(screen);
  document.body.append(container);
  const editor = {
    getCurrentPageBounds: () => content,
    getViewportScreenBounds: () => screen,
    getContainer: () => container,
    getCameraOptions: () => ({ zoomSteps: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8] }),
    getBaseZoom: () => 1,
    getCurrentPageId: () => 'page:page',
    getCurrentPageShapes: () => shapes,
    getSortedChildIdsForParent: () => shapes.map((shape) => shape.id),
    getShape: (id: string) => shapes.find((shape) => shape.id === id),
    getShapePageBounds: (shape: { bounds: Box }) => shape.bounds,
    setCamera: (camera: Camera, options: unknown) => calls.push(['setCamera', { ...camera, options }]),
  };
  /** Puts tldraw's toolbar (bottom 56 px) and Planrom's meeting bar (94–136 px from the top) over the canvas. */
  const cover = () => {
    container.append(element({ x: 0, y: 844, w: 1440, h: 56 }, { class: 'tlui-main-toolbar' }));
    document.body.append(element({ x: 263, y: 52, w: 914, h: 42 }, { 'data-workspace-overlay': 'bar' }));
  };
  return { editor: editor as unknown as Editor, calls, cover };
}

/** Where a page box lands on screen under the camera set last. */
function seen(calls: Array<[string, unknown]>, box: Box) {
  const camera = calls.at(-1)![1] as Camera;
  return {
    zoom: camera.z,
    top: (box.y + camera.y) * camera.z,
    left: (box.x + camera.x) * camera.z,
    bottom: (box.y + box.h + camera.y) * camera.z,
    right: (box.x + box.w + camera.x) * camera.z,
  };
}

describe('where a canvas board opens', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.body.replaceChildren());

  it('shows a board whole when it can be read whole', () => {
    const content = { x: 0, y: 0, w: 3000, h: 1800 };
    const { editor, calls } = fakeEditor(content);
    expect(openOnContent(editor, 'b1')).toBe('whole');
    expect(calls).toHaveLength(1);
    // All of it, 16 px in from the screen's edges, centred, at once.
    const view = seen(calls, content);
    expect(view.left).toBeCloseTo(16);
    expect(view.right).toBeCloseTo(1440 - 16);
    expect(view.top + view.bottom).toBeCloseTo(900);
    expect(calls[0]![1]).toMatchObject({ options: { immediate: true } });
  });

  it('shows it whole between the meeting bar and tldraw’s toolbar, which would hide its top and bottom', () => {
    const content = { x: -240, y: -240, w: 2240, h: 1700 };
    const { editor, calls, cover } = fakeEditor(content);
    cover();
    expect(openOnContent(editor, 'b1')).toBe('whole');
    const view = seen(calls, content);
    expect(view.top).toBeCloseTo(94 + 16);
    expect(view.bottom).toBeCloseTo(900 - 56 - 16);
    expect(view.zoom).toBeCloseTo((900 - 94 - 56 - 32) / 1700);
  });

  it('does not open a board whole that is readable on the whole screen but not in the part the overlays leave', () => {
    // 0.3 of 2900 is 870: on all of the screen it would fit, under the bars it is too small to read.
    const { editor, cover } = fakeEditor({ x: 0, y: 0, w: 2000, h: 2900 });
    cover();
    expect(openOnContent(editor, 'b1')).toBe('top-left');
  });

  it('opens a big board at its top-left corner, readable, when there is no last view or frame', () => {
    const { editor, calls, cover } = fakeEditor({ x: 100, y: 200, w: 15_000, h: 15_000 }, [
      { id: 'shape:a', type: 'note', bounds: { x: 100, y: 200, w: 200, h: 200 } },
    ]);
    expect(openOnContent(editor, 'b1')).toBe('top-left');
    // The content's corner lands 16 px in from the screen's corner at 60 %...
    expect(calls).toEqual([['setCamera', { x: 16 / 0.6 - 100, y: 16 / 0.6 - 200, z: 0.6, options: { immediate: true } }]]);
    // ...and under the meeting bar when there is one.
    cover();
    calls.length = 0;
    openOnContent(editor, 'b1');
    const corner = seen(calls, { x: 100, y: 200, w: 0, h: 0 });
    expect(corner.left).toBeCloseTo(16);
    expect(corner.top).toBeCloseTo(94 + 16);
  });

  it('opens a big board on its first frame, with room above it for the frame’s name', () => {
    const frame = { x: 5000, y: 0, w: 1600, h: 900 };
    const { editor, calls, cover } = fakeEditor({ x: 0, y: 0, w: 15_000, h: 15_000 }, [
      { id: 'shape:a', type: 'note', bounds: { x: 0, y: 0, w: 200, h: 200 } },
      { id: 'shape:f', type: 'frame', bounds: frame },
    ]);
    cover();
    expect(openOnContent(editor, 'b1')).toBe('first-frame');
    const view = seen(calls, frame);
    // tldraw draws the name 28 px above the frame; it stays clear of the meeting bar.
    expect(view.top).toBeCloseTo(94 + 16 + 28);
    expect(view.bottom).toBeCloseTo(900 - 56 - 16);
    expect(view.left + view.right).toBeCloseTo(1440);
  });

  it('opens a big board where this person last was on it, if on the same page', () => {
    localStorage.setItem('planrom:lerret-visning:b1', JSON.stringify({ pageId: 'page:page', x: -4000, y: -300, z: 0.8 }));
    localStorage.setItem('planrom:lerret-visning:b2', JSON.stringify({ pageId: 'page:other', x: -4000, y: -300, z: 0.8 }));
    const big = { x: 0, y: 0, w: 15_000, h: 15_000 };
    const first = fakeEditor(big);
    expect(openOnContent(first.editor, 'b1')).toBe('last-view');
    expect(first.calls).toEqual([['setCamera', { x: -4000, y: -300, z: 0.8, options: { immediate: true } }]]);
    expect(openOnContent(fakeEditor(big).editor, 'b2')).toBe('top-left');
  });

  it('leaves an empty board alone', () => {
    const { editor, calls } = fakeEditor(null);
    expect(openOnContent(editor, 'b1')).toBe('whole');
    expect(calls).toEqual([]);
  });
});

describe('"show all" on a big board', () => {
  afterEach(() => document.body.replaceChildren());

  it('moves to the whole board in the free area, however small, in a short movement', () => {
    const content = { x: 0, y: 0, w: 10_000, h: 10_000 };
    const { editor, calls, cover } = fakeEditor(content);
    cover();
    showAll(editor);
    const view = seen(calls, content);
    expect(view.top).toBeCloseTo(94 + 16);
    expect(view.bottom).toBeCloseTo(900 - 56 - 16);
    expect(calls[0]![1]).toMatchObject({ options: { animation: { duration: 300 } } });
  });

  it('does nothing on an empty board', () => {
    const { editor, calls } = fakeEditor(null);
    showAll(editor);
    expect(calls).toEqual([]);
  });
});

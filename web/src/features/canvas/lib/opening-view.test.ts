// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Editor } from 'tldraw';
import { openOnContent } from './opening-view';

type Box = { x: number; y: number; w: number; h: number };

/** The few parts of tldraw's editor the opening view reads, with a 1440 × 900 screen. */
function fakeEditor(content: Box | null, shapes: Array<{ id: string; type: string; bounds: Box }> = []) {
  const calls: Array<[string, unknown]> = [];
  const editor = {
    getCurrentPageBounds: () => content,
    getViewportScreenBounds: () => ({ x: 0, y: 0, w: 1440, h: 900 }),
    getCurrentPageId: () => 'page:page',
    getSortedChildIdsForParent: () => shapes.map((shape) => shape.id),
    getShape: (id: string) => shapes.find((shape) => shape.id === id),
    getShapePageBounds: (shape: { bounds: Box }) => shape.bounds,
    zoomToBounds: (bounds: Box) => calls.push(['zoomToBounds', bounds]),
    setCamera: (camera: unknown) => calls.push(['setCamera', camera]),
  };
  return { editor: editor as unknown as Editor, calls };
}

describe('where a canvas board opens', () => {
  beforeEach(() => localStorage.clear());

  it('shows a board whole when it can be read whole', () => {
    const { editor, calls } = fakeEditor({ x: 0, y: 0, w: 3000, h: 1800 });
    expect(openOnContent(editor, 'b1')).toBe('whole');
    expect(calls).toEqual([['zoomToBounds', { x: 0, y: 0, w: 3000, h: 1800 }]]);
  });

  it('opens a big board at its top-left corner, readable, when there is no last view or frame', () => {
    const { editor, calls } = fakeEditor({ x: 100, y: 200, w: 15_000, h: 15_000 }, [
      { id: 'shape:a', type: 'note', bounds: { x: 100, y: 200, w: 200, h: 200 } },
    ]);
    expect(openOnContent(editor, 'b1')).toBe('top-left');
    // The content's corner lands 48 px in from the screen's corner at 60 %.
    expect(calls).toEqual([['setCamera', { x: 48 / 0.6 - 100, y: 48 / 0.6 - 200, z: 0.6 }]]);
  });

  it('opens a big board on its first frame', () => {
    const frame = { x: 5000, y: 0, w: 1600, h: 900 };
    const { editor, calls } = fakeEditor({ x: 0, y: 0, w: 15_000, h: 15_000 }, [
      { id: 'shape:a', type: 'note', bounds: { x: 0, y: 0, w: 200, h: 200 } },
      { id: 'shape:f', type: 'frame', bounds: frame },
    ]);
    expect(openOnContent(editor, 'b1')).toBe('first-frame');
    expect(calls).toEqual([['zoomToBounds', frame]]);
  });

  it('opens a big board where this person last was on it, if on the same page', () => {
    localStorage.setItem('planrom:lerret-visning:b1', JSON.stringify({ pageId: 'page:page', x: -4000, y: -300, z: 0.8 }));
    localStorage.setItem('planrom:lerret-visning:b2', JSON.stringify({ pageId: 'page:other', x: -4000, y: -300, z: 0.8 }));
    const big = { x: 0, y: 0, w: 15_000, h: 15_000 };
    const first = fakeEditor(big);
    expect(openOnContent(first.editor, 'b1')).toBe('last-view');
    expect(first.calls).toEqual([['setCamera', { x: -4000, y: -300, z: 0.8 }]]);
    expect(openOnContent(fakeEditor(big).editor, 'b2')).toBe('top-left');
  });

  it('leaves an empty board alone', () => {
    const { editor, calls } = fakeEditor(null);
    expect(openOnContent(editor, 'b1')).toBe('whole');
    expect(calls).toEqual([]);
  });
});

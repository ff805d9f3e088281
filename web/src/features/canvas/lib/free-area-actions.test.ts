// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor, TLUiActionsContextType, TLUiOverrideHelpers } from 'tldraw';
import { freeAreaActions } from './free-area-actions';

type Box = { x: number; y: number; w: number; h: number };

/** tldraw's editor as the three actions read it: a 1440 × 900 canvas with its toolbar at the bottom. */
function fakeEditor({ content, selection = null, zoom = 1, tool = 'select' }: { content: Box; selection?: Box | null; zoom?: number; tool?: string }) {
  const cameras: Array<{ x: number; y: number; z: number; options: unknown }> = [];
  const container = document.createElement('div');
  const toolbar = document.createElement('div');
  toolbar.className = 'tlui-main-toolbar';
  toolbar.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 844, width: 1440, height: 56 });
  container.append(toolbar);
  document.body.append(container);
  const editor = {
    options: { animationMediumMs: 320 },
    getViewportScreenBounds: () => ({ x: 0, y: 0, w: 1440, h: 900 }),
    getContainer: () => container,
    getCameraOptions: () => ({ zoomSteps: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8] }),
    getBaseZoom: () => 1,
    getCurrentPageShapes: () => [],
    getCurrentPageBounds: () => content,
    getSelectionPageBounds: () => selection,
    getZoomLevel: () => zoom,
    isIn: (path: string) => path === tool,
    setCamera: (camera: { x: number; y: number; z: number }, options: unknown) => cameras.push({ ...camera, options }),
  };
  return { editor: editor as unknown as Editor, cameras };
}

/** tldraw's own actions, each remembering that it was used (they are replaced, not called). */
function tldrawActions() {
  const used: string[] = [];
  const actions = Object.fromEntries(
    ['zoom-to-fit', 'zoom-to-selection', 'back-to-content', 'undo'].map((id) => [id, { id, label: `action.${id}`, onSelect: () => void used.push(id) }]),
  ) as unknown as TLUiActionsContextType;
  return { actions, used };
}

const bottomOf = (camera: { y: number; z: number }, box: Box) => (box.y + box.h + camera.y) * camera.z;

describe('tldraw’s fits in the free area', () => {
  afterEach(() => document.body.replaceChildren());

  it('zoom to fit shows the whole board above the toolbar, animated as tldraw’s, zooming in on a small one', () => {
    const content = { x: 0, y: 0, w: 3000, h: 3000 };
    const { editor, cameras } = fakeEditor({ content });
    const { actions, used } = tldrawActions();
    const replaced = freeAreaActions.actions!(editor, actions, {} as TLUiOverrideHelpers);
    replaced['zoom-to-fit']!.onSelect('menu');
    expect(used).toEqual([]);
    expect(bottomOf(cameras[0]!, content)).toBeCloseTo(900 - 56 - 16);
    expect(cameras[0]!.options).toEqual({ animation: { duration: 320 } });
    // Other actions are tldraw's, as they were; the replaced ones keep their label and shortcut.
    expect(replaced.undo).toBe(actions.undo);
    expect(replaced['zoom-to-fit']!.label).toBe('action.zoom-to-fit');

    const small = fakeEditor({ content: { x: 0, y: 0, w: 100, h: 100 } });
    freeAreaActions.actions!(small.editor, actions, {} as TLUiOverrideHelpers)['zoom-to-fit']!.onSelect('menu');
    expect(small.cameras[0]!.z).toBeGreaterThan(1);
  });

  it('zoom to selection fits the selection at 100 %, shows it at 100 % otherwise, and needs the select tool', () => {
    const content = { x: 0, y: 0, w: 5000, h: 5000 };
    const selection = { x: 100, y: 100, w: 400, h: 200 };
    const at100 = fakeEditor({ content, selection, zoom: 1 });
    freeAreaActions.actions!(at100.editor, tldrawActions().actions, {} as TLUiOverrideHelpers)['zoom-to-selection']!.onSelect('kbd');
    expect(at100.cameras[0]!.z).toBeGreaterThan(1);
    const zoomedOut = fakeEditor({ content, selection, zoom: 0.4 });
    freeAreaActions.actions!(zoomedOut.editor, tldrawActions().actions, {} as TLUiOverrideHelpers)['zoom-to-selection']!.onSelect('kbd');
    expect(zoomedOut.cameras[0]!.z).toBe(1);
    const drawing = fakeEditor({ content, selection, tool: 'draw' });
    freeAreaActions.actions!(drawing.editor, tldrawActions().actions, {} as TLUiOverrideHelpers)['zoom-to-selection']!.onSelect('kbd');
    expect(drawing.cameras).toEqual([]);
  });

  it('back to content shows the board at no larger a zoom than now', () => {
    const content = { x: 0, y: 0, w: 600, h: 300 };
    const { editor, cameras } = fakeEditor({ content, zoom: 0.5 });
    freeAreaActions.actions!(editor, tldrawActions().actions, {} as TLUiOverrideHelpers)['back-to-content']!.onSelect('helper-buttons');
    expect(cameras[0]!.z).toBe(0.5);
  });
});

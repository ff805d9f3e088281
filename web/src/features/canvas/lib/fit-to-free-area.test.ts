// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Editor } from 'tldraw';
import type { CameraPlace } from '../../../lib/centred-camera';
import { fitToFreeArea, freeScreenArea } from './fit-to-free-area';

type Box = { x: number; y: number; w: number; h: number };

/** An element on the page at a box in window pixels (happy-dom lays nothing out). */
function element(box: Box, attributes: Record<string, string> = {}): HTMLElement {
  const made = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.getBoundingClientRect = () => DOMRect.fromRect({ x: box.x, y: box.y, width: box.w, height: box.h });
  return made;
}

/**
 * The parts of tldraw's editor the fit reads: a 1440 × 852 canvas under a 48 px bar (as on a
 * 1440 × 900 window), with tldraw's own menu row, toolbar and style panel in it.
 */
function fakeEditor(frames: Box[] = [], { ui = true } = {}) {
  const screen = { x: 0, y: 48, w: 1440, h: 852 };
  const container = element(screen);
  if (ui) {
    container.append(
      element({ x: 0, y: 48, w: 332, h: 42 }, { class: 'tlui-menu-zone' }),
      element({ x: 0, y: 844, w: 1440, h: 56 }, { class: 'tlui-main-toolbar' }),
      element({ x: 1284, y: 54, w: 148, h: 284 }, { class: 'tlui-style-panel__wrapper' }),
    );
  }
  document.body.append(container);
  const editor = {
    getViewportScreenBounds: () => screen,
    getContainer: () => container,
    getCameraOptions: () => ({ zoomSteps: [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8] }),
    getBaseZoom: () => 1,
    getCurrentPageShapes: () => frames.map((bounds, n) => ({ id: `shape:f${n}`, type: 'frame', bounds })),
    getShapePageBounds: (shape: { bounds: Box }) => shape.bounds,
  };
  return editor as unknown as Editor;
}

/** Where a page box lands on the canvas (screen pixels from its top-left corner). */
const onScreen = (camera: CameraPlace, box: Box) => ({
  top: (box.y + camera.y) * camera.z,
  left: (box.x + camera.x) * camera.z,
  bottom: (box.y + box.h + camera.y) * camera.z,
  right: (box.x + box.w + camera.x) * camera.z,
});

/** The meeting bar as Planrom draws it: centred, 52 px under the canvas's top, 42 px high. */
const meetingBar = () => element({ x: 263, y: 100, w: 914, h: 42 }, { 'data-workspace-overlay': 'bar' });

describe('the part of a canvas a person can see past what floats over it', () => {
  afterEach(() => document.body.replaceChildren());

  it('lies under the meeting bar and over tldraw’s toolbar, with a margin', () => {
    const editor = fakeEditor();
    document.body.append(meetingBar());
    // The bar ends 94 px into the canvas, the toolbar starts 56 px above its bottom.
    expect(freeScreenArea(editor)).toMatchObject({ x: 16, y: 94 + 16, w: 1440 - 32, h: 852 - 94 - 56 - 32 });
  });

  it('is under tldraw’s menu row when there is no meeting bar, and all of the canvas without tldraw’s tools', () => {
    expect(freeScreenArea(fakeEditor())).toMatchObject({ y: 42 + 16, h: 852 - 42 - 56 - 32 });
    document.body.replaceChildren();
    // The meeting-room screen: tldraw without its interface.
    expect(freeScreenArea(fakeEditor([], { ui: false }))).toMatchObject({ x: 16, y: 16, w: 1440 - 32, h: 852 - 32 });
  });

  it('leaves out Planrom’s panels at the side and its notices at the bottom: only bars across the top count', () => {
    const editor = fakeEditor();
    document.body.append(
      meetingBar(),
      // A sheet docked at the left, from top to bottom; the notice of a new board over the toolbar.
      element({ x: 8, y: 152, w: 320, h: 600 }, { 'data-workspace-overlay': '' }),
      element({ x: 480, y: 740, w: 480, h: 88 }, { 'data-workspace-overlay': '' }),
      // A bar that is hidden: no box.
      element({ x: 0, y: 0, w: 0, h: 0 }, { 'data-workspace-overlay': 'bar' }),
    );
    expect(freeScreenArea(editor)).toMatchObject({ y: 94 + 16, h: 852 - 94 - 56 - 32 });
  });
});

describe('fitting a part of the board in the free area', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows it whole, centred, between the meeting bar and the toolbar', () => {
    const editor = fakeEditor();
    document.body.append(meetingBar());
    const content = { x: -240, y: -240, w: 2240, h: 1700 };
    const camera = fitToFreeArea(editor, content);
    const seen = onScreen(camera, content);
    expect(seen.top).toBeCloseTo(110);
    expect(seen.bottom).toBeCloseTo(852 - 56 - 16);
    expect(seen.left).toBeGreaterThanOrEqual(16);
    expect((seen.left + seen.right) / 2).toBeCloseTo(720);
    expect(camera.z).toBeCloseTo(670 / 1700);
  });

  it('keeps room above a frame on the top edge for the name tldraw draws there, and none when a title is above it', () => {
    const editor = fakeEditor([{ x: 0, y: 0, w: 2000, h: 1500 }]);
    document.body.append(meetingBar());
    const frame = { x: 0, y: 0, w: 2000, h: 1500 };
    expect(onScreen(fitToFreeArea(editor, frame), frame).top).toBeCloseTo(110 + 28);
    // A title 240 board pixels above the frame: its name fits between them.
    const withTitle = { x: 0, y: -240, w: 2000, h: 1740 };
    expect(onScreen(fitToFreeArea(editor, withTitle), withTitle).top).toBeCloseTo(110);
  });

  it('fits a board that would reach under tldraw’s style panel left of it', () => {
    const editor = fakeEditor();
    document.body.append(meetingBar());
    const wide = { x: 0, y: 0, w: 4000, h: 1000 };
    const seen = onScreen(fitToFreeArea(editor, wide), wide);
    expect(seen.right).toBeLessThanOrEqual(1284 - 16 + 0.01);
    expect(seen.left).toBeCloseTo(16);
    // A tall board stays centred: the panel is beside it.
    const tall = { x: 0, y: 0, w: 1000, h: 2000 };
    const beside = onScreen(fitToFreeArea(editor, tall), tall);
    expect(beside.left + beside.right).toBeCloseTo(1440);
  });

  it('fits a board that would lie under a notice docked at the bottom left beside it or above it, and clear of the style panel', () => {
    const editor = fakeEditor();
    // The new board's notice: 24 px over the toolbar's top, 56 px from the left, 80 px high.
    const notice = { x: 56, y: 900 - 72 - 80, w: 448, h: 80 };
    document.body.append(meetingBar(), element(notice, { 'data-workspace-overlay': 'notice' }));
    const noticeOnCanvas = { left: notice.x, top: notice.y - 48, right: notice.x + notice.w, bottom: notice.y + notice.h - 48 };
    const clear = (seen: ReturnType<typeof onScreen>) =>
      seen.right <= noticeOnCanvas.left || seen.left >= noticeOnCanvas.right || seen.bottom <= noticeOnCanvas.top || seen.top >= noticeOnCanvas.bottom;
    // A tall board: right of it, at the same zoom (it was narrower than the free area), and left of the panel.
    const tall = { x: 0, y: 0, w: 2240, h: 1700 };
    const besideIt = fitToFreeArea(editor, tall);
    expect(clear(onScreen(besideIt, tall))).toBe(true);
    expect(onScreen(besideIt, tall).right).toBeLessThanOrEqual(1284 - 16 + 0.01);
    // A wide board: above it.
    const wide = { x: 0, y: 0, w: 2800, h: 1400 };
    const aboveIt = onScreen(fitToFreeArea(editor, wide), wide);
    expect(clear(aboveIt)).toBe(true);
    expect(aboveIt.bottom).toBeCloseTo(noticeOnCanvas.top - 16);
    // Asked to leave notices out (is the board readable whole?), the board lies where it would without one.
    expect(fitToFreeArea(editor, tall, 1, { clearOfNotices: false }).z).toBeCloseTo(670 / 1700);
  });

  it('never zooms in past the largest zoom asked for, nor out past tldraw’s smallest', () => {
    const editor = fakeEditor();
    expect(fitToFreeArea(editor, { x: 0, y: 0, w: 200, h: 100 }).z).toBe(1);
    expect(fitToFreeArea(editor, { x: 0, y: 0, w: 20, h: 10 }, Infinity).z).toBe(8);
    expect(fitToFreeArea(editor, { x: 0, y: 0, w: 200_000, h: 100_000 }).z).toBe(0.05);
  });
});

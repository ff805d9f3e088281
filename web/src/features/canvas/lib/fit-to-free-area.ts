import { Box, type BoxLike, type Editor } from 'tldraw';
import { centredCamera, type CameraPlace } from '../../../lib/centred-camera';

/** Space left between the content and the edges of the free area, in screen pixels. */
const margin = 16;
/**
 * How tall tldraw draws a frame's name above the frame, in screen pixels: a 24 px label and a 4 px
 * gap, the same on screen at every zoom a board opens at.
 */
export const frameNameHeight = 28;

/** An element's box in screen pixels from the canvas's top-left corner; null when it is not shown. */
function onCanvas(element: Element | null, screen: Box): Box | null {
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 ? new Box(box.left - screen.x, box.top - screen.y, box.width, box.height) : null;
}

/**
 * The part of the canvas where content can be seen, in screen pixels from the canvas's top-left
 * corner, with a margin: below tldraw's menu row and Planrom's bars across the top of the board
 * (the meeting bar), above tldraw's toolbar. Read from the page each time, so a smaller
 * meeting bar or a board shown without tools (the meeting-room screen) gets the room there is.
 */
export function freeScreenArea(editor: Editor): Box {
  const screen = editor.getViewportScreenBounds();
  const container = editor.getContainer();
  let top = 0;
  let bottom = screen.h;
  const menu = onCanvas(container.querySelector('.tlui-menu-zone'), screen);
  if (menu) top = Math.max(top, menu.maxY);
  // Planrom's overlays all carry this mark; the bars across the board (the meeting bar) say so,
  // unlike its panels and notices, which the board is not made smaller for (`fitToFreeArea` fits
  // around a notice marked "notice").
  for (const element of document.querySelectorAll('[data-workspace-overlay="bar"]')) {
    const bar = onCanvas(element, screen);
    if (bar && bar.midY < screen.h / 2) top = Math.max(top, bar.maxY);
  }
  const toolbar = onCanvas(container.querySelector('.tlui-main-toolbar'), screen);
  if (toolbar) bottom = Math.min(bottom, toolbar.minY);
  // A window so low that the overlays would leave a sliver: all of the canvas, rather than nothing.
  if (bottom - top < screen.h / 3) [top, bottom] = [0, screen.h];
  return new Box(margin, top + margin, Math.max(1, screen.w - margin * 2), Math.max(1, bottom - top - margin * 2));
}

/** Whether a frame's top lies within `depth` page units below the top edge of `bounds`. */
function frameNearTop(editor: Editor, bounds: BoxLike, depth: number): boolean {
  return editor.getCurrentPageShapes().some((shape) => {
    if (shape.type !== 'frame') return false;
    const frame = editor.getShapePageBounds(shape);
    return !!frame && frame.y >= bounds.y - 1 && frame.y < bounds.y + depth && frame.x < bounds.x + bounds.w && frame.x + frame.w > bounds.x;
  });
}

/**
 * Where the camera goes to show `bounds` whole in the free area (`freeScreenArea`), centred, at
 * most at `maxZoom` and within tldraw's zoom range. A frame on the top edge keeps room above it
 * for the name tldraw draws there, and a board that would reach under tldraw's style panel (the
 * top-right corner) is fitted left of it, and one that would lie under a notice docked at the
 * bottom left (`clearOfNotices`) above it or right of it. The one fit for everything the canvas shows a person
 * whole: the board as it opens, "show all", tldraw's zoom to fit.
 */
export function fitToFreeArea(editor: Editor, bounds: BoxLike, maxZoom = 1, { clearOfNotices = true } = {}): CameraPlace {
  const free = freeScreenArea(editor);
  const { zoomSteps } = editor.getCameraOptions();
  const baseZoom = editor.getBaseZoom();
  const smallest = zoomSteps[0]! * baseZoom;
  const largest = Math.min(maxZoom, zoomSteps[zoomSteps.length - 1]! * baseZoom);
  const fit = (area: Box) => {
    const named = centredCamera(new Box(area.x, area.y + frameNameHeight, area.w, Math.max(1, area.h - frameNameHeight)), bounds, smallest, largest);
    // Without that room the zoom only grows, so a frame clear of the top edge stays clear of it.
    return frameNearTop(editor, bounds, frameNameHeight / named.z) ? named : centredCamera(area, bounds, smallest, largest);
  };
  const screen = editor.getViewportScreenBounds();
  const onScreen = (place: CameraPlace) => new Box((bounds.x + place.x) * place.z, (bounds.y + place.y) * place.z, bounds.w * place.z, bounds.h * place.z);
  const panel = onCanvas(editor.getContainer().querySelector('.tlui-style-panel__wrapper'), screen);
  const clearOfPanel = (area: Box) => {
    const camera = fit(area);
    const shown = onScreen(camera);
    if (panel && shown.maxX > panel.minX && shown.minY < panel.maxY && panel.minX - margin - area.x > area.w / 2) {
      return fit(new Box(area.x, area.y, panel.minX - margin - area.x, area.h));
    }
    return camera;
  };
  let camera = clearOfPanel(free);
  // A notice docked at the bottom left (a new board's name) is read while the board opens: the
  // board is fitted above it or right of it, whichever shows it larger, rather than under it.
  for (const element of clearOfNotices ? document.querySelectorAll('[data-workspace-overlay="notice"]') : []) {
    const notice = onCanvas(element, screen);
    if (!notice || !Box.Collides(onScreen(camera), notice)) continue;
    const above = new Box(free.x, free.y, free.w, notice.minY - margin - free.y);
    const beside = new Box(notice.maxX + margin, free.y, free.maxX - notice.maxX - margin, free.h);
    const places = [above, beside].filter((area) => area.w > free.w / 2 && area.h > free.h / 2).map(clearOfPanel);
    camera = places.sort((a, b) => b.z - a.z)[0] ?? camera;
  }
  return camera;
}

/** Moves the camera in `duration` ms to show `bounds` whole in the free area (see `fitToFreeArea`). */
export function showInFreeArea(editor: Editor, bounds: BoxLike, maxZoom: number, duration: number): void {
  editor.setCamera(fitToFreeArea(editor, bounds, maxZoom), { animation: { duration } });
}

import { Box, createShapeId, startEditingShapeWithRichText, type Editor, type TLEventInfo, type TLShape } from 'tldraw';
import { frameNameHeight, freeScreenArea } from './fit-to-free-area';
import { freeSpot, leastCoveredSpot, noteGap, type Point, type Size } from './note-placement';
import type { Spoken } from './spoken';

/**
 * A sticky note without a pointer (WCAG 2.1.1): tldraw places a note only where the note tool is
 * clicked. With the note tool chosen (N), Enter puts one in the frame that is selected (or holds the
 * selection), else in the middle of what the person sees, where it covers nothing, opens its
 * text for typing, and has `say` tell where it went (it may be out of sight of a magnifier, and a
 * screen reader tells nothing of it). Returns the listener's removal.
 */
export function notesFromKeyboard(editor: Editor, say: (spoken: Spoken) => void): () => void {
  // On the key's release, as tldraw's own Enter (edit the selected shape) does: the note's text has
  // the keyboard at once, and would otherwise get the pressed Enter as a first, empty line.
  let pressedInNoteTool = false;
  const onEvent = (info: TLEventInfo) => {
    if (info.type !== 'keyboard' || info.key !== 'Enter') return;
    const ready = editor.isIn('note.idle') && !editor.getIsReadonly();
    if (info.name === 'key_down') pressedInNoteTool = ready;
    if (info.name !== 'key_up' || !pressedInNoteTool) return;
    pressedInNoteTool = false;
    if (ready) say(whereItWent(editor, addNoteHere(editor)));
  };
  editor.on('event', onEvent);
  return () => void editor.off('event', onEvent);
}

/**
 * Adds an empty note where `notesFromKeyboard` says, shows it, and starts editing its text.
 * @returns the frame it went into, if any
 */
function addNoteHere(editor: Editor): TLShape | undefined {
  const frame = selectedFrame(editor);
  const id = createShapeId();
  let home: TLShape | undefined;
  editor.markHistoryStoppingPoint('planrom add note');
  // One change for everyone on the board: made, placed and put in its frame together.
  editor.run(() => {
    // Made on the page first to learn its size (tldraw's, at the scale its note tool would use), then placed.
    editor.createShape({ id, type: 'note', parentId: editor.getCurrentPageId(), props: { scale: editor.getResizeScaleFactor() } });
    const size = editor.getShapePageBounds(id)!;
    const shapes = editor.getCurrentPageShapes().filter((shape) => shape.id !== id);
    const spot = frame ? spotInFrame(editor, frame, size, shapes) : spotInView(editor, size, shapes);
    editor.updateShape({ id, type: 'note', x: spot.x, y: spot.y });
    const placed = editor.getShapePageBounds(id)!;
    // The frame it is in, the innermost where frames lie in frames (the selected one when there is one).
    home =
      frame ??
      shapes
        .filter((shape) => shape.type === 'frame' && editor.getShapePageBounds(shape)?.contains(placed))
        .sort((a, b) => pageArea(editor, a) - pageArea(editor, b))[0];
    if (home) editor.reparentShapes([id], home.id);
    editor.select(id);
  });
  editor.zoomToSelectionIfOffscreen(64);
  startEditingShapeWithRichText(editor, id, { selectAll: true });
  return home;
}

/** The frame by the name it shows, or the view. */
function whereItWent(editor: Editor, home: TLShape | undefined): Spoken {
  if (!home || !editor.isShapeOfType(home, 'frame')) return { said: 'note-in-view' };
  const name = home.props.name.trim();
  return name ? { said: 'note-in-frame', frame: name } : { said: 'note-in-unnamed-frame' };
}

/**
 * In the view, clear of what is there and of frames' edges; when the view is full, where it covers least.
 * @param shapes every shape on the page but the new note
 */
function spotInView(editor: Editor, size: Size, shapes: TLShape[]): Point {
  const boxesOf = (kept: (shape: TLShape) => boolean) => shapes.filter(kept).flatMap((shape) => editor.getShapePageBounds(shape) ?? []);
  const frames = boxesOf((shape) => shape.type === 'frame');
  const others = boxesOf((shape) => shape.type !== 'frame');
  const view = freeViewArea(editor);
  return freeSpot(view, size, others, frames, 'nearest-middle') ?? leastCoveredSpot(view, size, others, 'nearest-middle');
}

/**
 * In the frame, clear of what is there. A full frame grows by a row at its bottom (a worksheet's
 * frame is sized to its prompts), and what lies below it moves down to make that room, as a row
 * grows in a table: never over another frame or a frame's name.
 * @param shapes every shape on the page but the new note
 */
function spotInFrame(editor: Editor, frame: TLShape, size: Size, shapes: TLShape[]): Point {
  const box = editor.getShapePageBounds(frame)!;
  const inFrame = shapes.filter((shape) => editor.hasAncestor(shape, frame.id)).flatMap((shape) => editor.getShapePageBounds(shape) ?? []);
  const free = freeSpot(box, size, inFrame, [], 'reading-order');
  if (free) return free;
  const { w, h } = frame.props as { w: number; h: number };
  const grown = { w: Math.max(w, size.w + 2 * noteGap), h: h + size.h + noteGap };
  makeRoomBelow(editor, frame, box, grown.h - h, shapes);
  editor.updateShape({ id: frame.id, type: 'frame', props: grown });
  return freeSpot(editor.getShapePageBounds(frame)!, size, inFrame, [], 'reading-order') ?? leastCoveredSpot(box, size, inFrame, 'reading-order');
}

/**
 * Moves down by `by` what lies below `frame` beside it on its parent (starting under its bottom and
 * overlapping it side to side), and what lies below that in turn, so the frame can grow by `by`
 * without covering it; what keeps a gap of `by` and a frame's name from it already stays.
 */
function makeRoomBelow(editor: Editor, frame: TLShape, box: Box, by: number, shapes: TLShape[]): void {
  // How far below a box something is covered once the box has moved down (or grown) by `by`.
  const reach = by + noteGap + frameNameHeight / editor.getZoomLevel();
  const below = shapes.flatMap((shape) => {
    const bounds = shape.parentId === frame.parentId && shape.id !== frame.id ? editor.getShapePageBounds(shape) : undefined;
    return bounds && bounds.y >= box.maxY ? [{ shape, bounds }] : [];
  });
  const moved = new Set<TLShape>();
  const waiting = [box];
  for (let above = waiting.pop(); above; above = waiting.pop()) {
    for (const { shape, bounds } of below) {
      const covered = bounds.x < above.maxX && above.x < bounds.maxX && bounds.y < above.maxY + reach;
      if (moved.has(shape) || !covered) continue;
      moved.add(shape);
      waiting.push(bounds);
    }
  }
  editor.updateShapes([...moved].map((shape) => ({ id: shape.id, type: shape.type, y: shape.y + by })));
}

function pageArea(editor: Editor, shape: TLShape): number {
  const box = editor.getShapePageBounds(shape);
  return box ? box.w * box.h : Infinity;
}

/** What the person sees of the page between the bars and the toolbar, in page units. */
function freeViewArea(editor: Editor): Box {
  const free = freeScreenArea(editor);
  const camera = editor.getCamera();
  return new Box(free.x / camera.z - camera.x, free.y / camera.z - camera.y, free.w / camera.z, free.h / camera.z);
}

/** The frame the selection is (or is in): where a note goes. */
function selectedFrame(editor: Editor): TLShape | undefined {
  const selected = editor.getSelectedShapes();
  const frames = new Set(selected.map((shape) => (shape.type === 'frame' ? shape : editor.findShapeAncestor(shape, (parent) => parent.type === 'frame'))));
  const [only] = frames;
  return frames.size === 1 ? only : undefined;
}

import { Box, createShapeId, startEditingShapeWithRichText, type Editor, type TLEventInfo, type TLShape } from 'tldraw';
import { freeScreenArea } from './fit-to-free-area';

/** Space between a new note and what is already there, in page units at the note's scale. */
const gap = 20;

/**
 * A sticky note without a pointer (WCAG 2.1.1): tldraw places a note only where the note tool is
 * clicked. With the note tool chosen (N), Enter puts one in the frame that is selected (or holds the
 * selection), else in the middle of what the person sees, where it covers nothing, and opens its
 * text for typing. Returns the listener's removal.
 */
export function notesFromKeyboard(editor: Editor): () => void {
  // On the key's release, as tldraw's own Enter (edit the selected shape) does: the note's text has
  // the keyboard at once, and would otherwise get the pressed Enter as a first, empty line.
  let pressedInNoteTool = false;
  const onEvent = (info: TLEventInfo) => {
    if (info.type !== 'keyboard' || info.key !== 'Enter') return;
    const ready = editor.isIn('note.idle') && !editor.getIsReadonly();
    if (info.name === 'key_down') pressedInNoteTool = ready;
    if (info.name !== 'key_up' || !pressedInNoteTool) return;
    pressedInNoteTool = false;
    if (ready) addNoteHere(editor);
  };
  editor.on('event', onEvent);
  return () => void editor.off('event', onEvent);
}

/** Adds an empty note where `notesFromKeyboard` says, shows it, and starts editing its text. */
function addNoteHere(editor: Editor): void {
  const frame = selectedFrame(editor);
  const id = createShapeId();
  editor.markHistoryStoppingPoint('planrom add note');
  // One change for everyone on the board: made, placed and put in its frame together.
  editor.run(() => {
    // Made on the page first to learn its size (tldraw's, at the scale its note tool would use), then placed.
    editor.createShape({ id, type: 'note', parentId: editor.getCurrentPageId(), props: { scale: editor.getResizeScaleFactor() } });
    const size = editor.getShapePageBounds(id)!;
    const shapes = editor.getCurrentPageShapes().filter((shape) => shape.id !== id);
    const boxesOf = (kept: (shape: TLShape) => boolean) => shapes.filter(kept).flatMap((shape) => editor.getShapePageBounds(shape) ?? []);
    const frames = boxesOf((shape) => shape.type === 'frame');
    const area = frame ? editor.getShapePageBounds(frame)! : freeViewArea(editor);
    // Outside the selected frame a note must not straddle a frame: it would belong to it by one corner.
    const spot =
      freeSpot(
        area,
        size,
        boxesOf((shape) => shape.type !== 'frame'),
        frame ? [] : frames,
        frame ? 'reading-order' : 'nearest-middle',
      ) ?? area.center.sub({ x: size.w / 2, y: size.h / 2 });
    editor.updateShape({ id, type: 'note', x: spot.x, y: spot.y });
    const placed = editor.getShapePageBounds(id)!;
    // The frame it is in, the innermost where frames lie in frames (the selected one when there is one).
    const home =
      frame ??
      shapes
        .filter((shape) => shape.type === 'frame' && editor.getShapePageBounds(shape)?.contains(placed))
        .sort((a, b) => pageArea(editor, a) - pageArea(editor, b))[0];
    if (home) editor.reparentShapes([id], home.id);
    editor.select(id);
  });
  editor.zoomToSelectionIfOffscreen(64);
  startEditingShapeWithRichText(editor, id, { selectAll: true });
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

/**
 * The top-left corner of the first place of `size` in `area` that overlaps none of `others` and is
 * inside or clear of each of `frames`: on a grid of note-sized cells, taken left to right and top
 * to bottom (a frame is filled as it is read), or from a cell in the very middle outwards (the view).
 */
export function freeSpot(
  area: Box,
  size: { w: number; h: number },
  others: Box[],
  frames: Box[],
  order: 'reading-order' | 'nearest-middle',
): { x: number; y: number } | null {
  const free = (cell: Box) => others.every((other) => !cell.collides(other)) && frames.every((frame) => !cell.collides(frame) || frame.contains(cell));
  const found = (order === 'reading-order' ? readingGrid : middleOutGrid)(area, size).find(free);
  return found ? { x: found.x, y: found.y } : null;
}

/** The cells that fit in `area` with a gap around each, centred in it, row by row. */
function readingGrid(area: Box, size: { w: number; h: number }): Box[] {
  const step = { x: size.w + gap, y: size.h + gap };
  const columns = Math.floor((area.w - gap) / step.x);
  const rows = Math.floor((area.h - gap) / step.y);
  const start = { x: area.x + (area.w - columns * step.x + gap) / 2, y: area.y + (area.h - rows * step.y + gap) / 2 };
  const cells: Box[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) cells.push(new Box(start.x + column * step.x, start.y + row * step.y, size.w, size.h));
  }
  return cells;
}

/** The cells that fit in `area` with a gap around each, one in its very middle, nearest that first. */
function middleOutGrid(area: Box, size: { w: number; h: number }): Box[] {
  const step = { x: size.w + gap, y: size.h + gap };
  const middle = new Box(area.center.x - size.w / 2, area.center.y - size.h / 2, size.w, size.h);
  const beside = { x: Math.floor((middle.x - area.x - gap) / step.x), y: Math.floor((middle.y - area.y - gap) / step.y) };
  if (beside.x < 0 || beside.y < 0) return [];
  const cells: Box[] = [];
  for (let row = -beside.y; row <= beside.y; row += 1) {
    for (let column = -beside.x; column <= beside.x; column += 1) cells.push(new Box(middle.x + column * step.x, middle.y + row * step.y, size.w, size.h));
  }
  return cells.sort((a, b) => a.center.dist(area.center) - b.center.dist(area.center));
}

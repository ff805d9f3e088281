import type { Editor, TLShape } from 'tldraw';
import { isPromptShape } from '../../../shared/templates/canvas/prompt-note';

/** A frame and the group's notes inside it (also inside frames within it). */
export interface NoteArea {
  frame: TLShape;
  notes: TLShape[];
}

/** The notes on the current page that are the group's own content, not a template's prompts, in page order. */
export function contentNotes(editor: Editor): TLShape[] {
  return editor.getCurrentPageShapesSorted().filter((shape) => shape.type === 'note' && !isPromptShape(shape));
}

/**
 * The frames on the current page that hold the group's notes, in page order: the parts of a
 * worksheet a vote can be about («Hva vil vi oppnå sammen?»), not only the whole board.
 */
export function noteAreas(editor: Editor): NoteArea[] {
  const notes = contentNotes(editor);
  return editor
    .getCurrentPageShapesSorted()
    .filter((shape) => shape.type === 'frame')
    .map((frame) => ({ frame, notes: notes.filter((note) => editor.hasAncestor(note, frame.id)) }))
    .filter((area) => area.notes.length > 0);
}

/**
 * The area around what this person has selected: the selected frame, or the innermost of the areas
 * holding the first selected shape. Null with nothing selected or outside every area.
 */
export function selectedNoteArea(editor: Editor, areas: NoteArea[]): NoteArea | null {
  const first = editor.getSelectedShapes()[0];
  if (!first) return null;
  const holding = areas.filter((area) => area.frame.id === first.id || editor.hasAncestor(first, area.frame.id));
  // Page order puts a frame before the frames inside it: the last holder is the innermost.
  return holding.at(-1) ?? null;
}

/** What a frame is called on the board. */
export function frameName(frame: TLShape): string {
  return String((frame.props as { name?: unknown }).name ?? '').trim();
}

/** What a note (or another shape with text) says, or a frame's name: how votes, decisions and minutes name it. */
export function shapeLabel(editor: Editor, shape: TLShape): string {
  return shape.type === 'frame' ? frameName(shape) : (editor.getShapeUtil(shape).getText(shape) ?? '').trim();
}

import type { Editor, TLShapeId } from 'tldraw';
import { isPromptShape } from '../../../../../shared/templates/canvas/prompt-note';
import { shapeLabel } from '../../../lib/canvas-content-notes';

const markable = new Set(['note', 'frame']);

const markableShapes = (editor: Editor) => editor.getCurrentPageShapesSorted().filter((shape) => markable.has(shape.type));

/** The notes and frames on the current page, with their text or name: what the minutes call them. */
export function canvasNamedItems(editor: Editor): Array<{ id: string; label: string }> {
  return markableShapes(editor).map((shape) => ({ id: shape.id, label: shapeLabel(editor, shape) }));
}

/** The canvas items a decision can be marked on: the notes and frames but a template's prompts. */
export function canvasDecisionItems(editor: Editor): Array<{ id: string; label: string }> {
  return markableShapes(editor)
    .filter((shape) => !isPromptShape(shape))
    .map((shape) => ({ id: shape.id, label: shapeLabel(editor, shape) }));
}

/** The one note or frame selected now, if a decision can be marked on it. */
export function selectedCanvasDecisionItem(editor: Editor): string | null {
  const id = editor.getOnlySelectedShapeId();
  const shape = id ? editor.getShape(id as TLShapeId) : undefined;
  return shape && markable.has(shape.type) && !isPromptShape(shape) ? shape.id : null;
}

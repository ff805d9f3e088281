import type { Editor, TLShapeId } from 'tldraw';

const markable = new Set(['note', 'frame']);

/** The canvas items a decision can be marked on: notes and frames on the current page, with their text or name. */
export function canvasDecisionItems(editor: Editor): Array<{ id: string; label: string }> {
  return editor
    .getCurrentPageShapesSorted()
    .filter((shape) => markable.has(shape.type))
    .map((shape) => ({
      id: shape.id,
      label: shape.type === 'frame' ? String((shape.props as { name?: string }).name ?? '') : (editor.getShapeUtil(shape).getText(shape) ?? '').trim(),
    }));
}

/** The one note or frame selected now, if any. */
export function selectedCanvasDecisionItem(editor: Editor): string | null {
  const id = editor.getOnlySelectedShapeId();
  const shape = id ? editor.getShape(id as TLShapeId) : undefined;
  return shape && markable.has(shape.type) ? shape.id : null;
}

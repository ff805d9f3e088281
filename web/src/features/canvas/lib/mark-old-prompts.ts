import type { Editor, TLShape } from 'tldraw';
import { plainTextOf } from '../../../../../shared/canvas-plain-text';
import { promptMeta, promptsMarkedKey, templatePromptMatcher } from '../../../../../shared/templates/canvas/prompt-note';

/**
 * A board made from one of the guide's canvas worksheets before its prompts carried their mark gets
 * it once, from the first person who opens it and may edit it: each note that still has the id and
 * the text the worksheet gave it is marked, then the document is marked as done (boards made since
 * are made so). Kept out of the undo history: it is not something the person did. The templates are
 * loaded only here, for such a board.
 */
export async function markOldPrompts(editor: Editor, templateId: string | null): Promise<void> {
  if (!templateId || editor.getDocumentSettings().meta[promptsMarkedKey] === true) return;
  const { getTemplate } = await import('../../../../../shared/templates/build-template');
  let template;
  try {
    template = getTemplate(templateId);
  } catch {
    return;
  }
  if (template.kind !== 'canvas' || editor.isDisposed) return;
  const isPrompt = templatePromptMatcher(template.variants.map((variant) => variant.content));
  const notes = editor
    .getPages()
    .flatMap((page) => [...editor.getPageShapeIds(page)].map((id) => editor.getShape(id)!))
    .filter((shape) => shape.type === 'note' && !shape.meta.prompt)
    .filter((shape) => isPrompt(shape.id, plainTextOf((shape.props as { richText?: unknown }).richText)));
  editor.run(
    () => {
      editor.updateShapes(
        notes.map((note): Partial<TLShape> & Pick<TLShape, 'id' | 'type'> => ({ id: note.id, type: note.type, meta: { ...note.meta, ...promptMeta } })),
      );
      editor.updateDocumentSettings({ meta: { ...editor.getDocumentSettings().meta, [promptsMarkedKey]: true } });
    },
    { history: 'ignore' },
  );
}

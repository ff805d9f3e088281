import type { Editor, TLShape } from 'tldraw';
import { plainTextOf } from '../../../../../shared/canvas-plain-text';
import { isPromptShape } from '../../../../../shared/templates/canvas/prompt-note';

/** The shape without the prompt mark; its other meta stays. */
function withoutPromptMark<T extends TLShape>(shape: T): T {
  const { prompt: _prompt, ...meta } = shape.meta as Record<string, unknown>;
  return { ...shape, meta } as T;
}

/**
 * A template's prompt note that someone writes in («Vi bidrar med …» becomes what a municipality
 * contributes) is the group's content from then on: the person's own edit drops its prompt mark, so
 * it is offered in votes and decisions like any note. Moving or recolouring it changes nothing.
 * Others' edits arrive with the mark already dropped. Undo brings the mark back with the text.
 * @returns a function that stops it
 */
export function answeredPromptsBecomeContent(editor: Editor): () => void {
  return editor.sideEffects.registerBeforeChangeHandler('shape', (previous, next, source) => {
    if (source !== 'user' || !isPromptShape(next)) return next;
    const before = (previous.props as { richText?: unknown }).richText;
    const after = (next.props as { richText?: unknown }).richText;
    if (before === after || plainTextOf(before) === plainTextOf(after)) return next;
    return withoutPromptMark(next);
  });
}

import type { Editor, TLNoteShape, TLShapePartial } from 'tldraw';

/**
 * Only a word about this long can be wider than a note at its full font size (some 15 letters at
 * tldraw's medium size, 9 at the largest); tldraw makes a note's text smaller only for such a word.
 */
const shortestWordThatMayNotFit = 8;

/**
 * Shrinks the text of notes that do not fit at the size they were stored with, as tldraw does when
 * someone types in a note. A note from another tldraw version (an imported .tldr file) keeps its
 * stored font size, and a long Norwegian word then breaks in the middle ("Statsforvalter/en").
 * Only notes whose text must get smaller are changed, so boards that already fit are left as they
 * are. Measured once the page's fonts have loaded and the board is drawn, and fresh: tldraw keeps label sizes it measured
 * while the editor started, possibly in a fallback font.
 * @returns how many notes were fitted
 */
export async function fitNoteLabels(editor: Editor): Promise<number> {
  await editor.fonts.loadRequiredFontsForCurrentPage();
  // After the board has been drawn: opening it is not held up by this.
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 200)));
  if (editor.isDisposed) return 0;
  const notes = editor.getShapeUtil<TLNoteShape>('note');
  const fitted: Array<TLShapePartial<TLNoteShape>> = [];
  for (const id of editor.getCurrentPageShapeIds()) {
    const shape = editor.getShape(id);
    if (shape?.type !== 'note') continue;
    const note = shape as TLNoteShape;
    const words = (notes.getText(note) ?? '').split(/\s+/);
    if (!words.some((word) => word.length >= shortestWordThatMayNotFit)) continue;
    // tldraw's own fitting of a new note; a copy of the record, so its label is measured anew.
    const measured = notes.onBeforeCreate?.({ ...note });
    const ratio = measured?.props.fontSizeAdjustment ?? 1;
    if (!measured || ratio >= (note.props.fontSizeAdjustment ?? 1)) continue;
    fitted.push({ id: note.id, type: 'note', props: { fontSizeAdjustment: ratio, growY: measured.props.growY } });
  }
  // Not an undo step: nobody did it, and undoing it would only break the words again.
  if (fitted.length > 0) editor.run(() => editor.updateShapes(fitted), { history: 'ignore' });
  return fitted.length;
}

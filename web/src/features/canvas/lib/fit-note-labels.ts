import type { Editor, TLNoteShape, TLShapePartial } from 'tldraw';
import { plainTextOf } from '../../../../../shared/canvas-plain-text';

/**
 * tldraw's note at scale 1: 200 px wide with its text 16 px in from each side, and the text's size
 * for each of its sizes (`LABEL_FONT_SIZES` × 16 px). A word narrower than that fits the note.
 */
const noteTextWidth = 200 - 16 * 2 - 1;
const noteFontPx: Record<string, number> = { s: 18, m: 22, l: 26, xl: 32 };
/** Words this close to the text's width are measured the way tldraw does too (the canvas and the page differ a little). */
const nearlyTooWide = 0.95;

/**
 * Shrinks the text of notes that do not fit at the size they were stored with, as tldraw does when
 * someone types in a note. A note from another tldraw version (an imported .tldr file) keeps its
 * stored font size, and a long Norwegian word then breaks in the middle ("Statsforvalter/en").
 * Only notes whose text must get smaller are changed, so boards that already fit are left as they
 * are. Once the page's fonts have loaded and the board is drawn, each note with a word too wide for
 * it at its stored size (measured on a canvas, no layout) is measured again the way tldraw does,
 * afresh: tldraw keeps label sizes it measured while the editor started, possibly in a
 * fallback font. A board of thousands of notes with ordinary words costs no layout at all.
 * @returns how many notes were fitted
 */
export async function fitNoteLabels(editor: Editor): Promise<number> {
  await editor.fonts.loadRequiredFontsForCurrentPage();
  // After the board has been drawn: opening it is not held up by this.
  await new Promise((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(resolve, { timeout: 2000 }) : setTimeout(resolve, 200)));
  if (editor.isDisposed) return 0;
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return 0;
  const widths = new Map<string, number>();
  const tooWide = (word: string, note: TLNoteShape) => {
    const px = (noteFontPx[note.props.size] ?? noteFontPx.xl!) * (note.props.fontSizeAdjustment ?? 1);
    const key = `${note.props.font} ${px} ${word}`;
    let width = widths.get(key);
    if (width === undefined) {
      context.font = `${px}px tldraw_${note.props.font}, sans-serif`;
      widths.set(key, (width = context.measureText(word).width));
    }
    return width > noteTextWidth * nearlyTooWide;
  };
  const notes = editor.getShapeUtil<TLNoteShape>('note');
  const fitted: Array<TLShapePartial<TLNoteShape>> = [];
  for (const id of editor.getCurrentPageShapeIds()) {
    const shape = editor.getShape(id);
    if (shape?.type !== 'note') continue;
    const note = shape as TLNoteShape;
    // Made smaller already, by tldraw as someone typed or by an earlier pass: it fits.
    if ((note.props.fontSizeAdjustment ?? 1) < 1) continue;
    if (
      !plainTextOf(note.props.richText)
        .split(/\s+/)
        .some((word) => tooWide(word, note))
    )
      continue;
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

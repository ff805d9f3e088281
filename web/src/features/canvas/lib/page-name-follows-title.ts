import type { Editor, TLPage } from 'tldraw';

/** The board title a page was last named after by Planrom (in the page's meta). */
const namedAfterKey = 'planromBoardTitle';
/** Set once someone names the page themselves in tldraw's page menu. */
const ownNameKey = 'planromOwnPageName';

/**
 * A board with one page shows that page's name in tldraw's page menu, above the board. It was the
 * worksheet's name (or tldraw's «Side 1») and stayed so when the board was renamed. Here the only
 * page takes the board's title, and takes it again when the board is renamed, unless someone has
 * named the page in the page menu (`markOwnPageNames`). A board with more pages keeps their names.
 * Kept out of the undo history: it is not something the person did on the canvas.
 */
export function nameOnlyPageAfterBoard(editor: Editor, title: string): void {
  const pages = editor.getPages();
  const page = pages[0];
  if (pages.length !== 1 || !page || page.meta[ownNameKey] || page.name === title) return;
  editor.run(() => editor.updatePage({ id: page.id, name: title, meta: { ...page.meta, [namedAfterKey]: title } }), { history: 'ignore' });
}

/**
 * Notes that the person renamed a page themselves, so `nameOnlyPageAfterBoard` leaves it alone.
 * @returns a function that stops it
 */
export function markOwnPageNames(editor: Editor): () => void {
  return editor.sideEffects.registerBeforeChangeHandler('page', (previous: TLPage, next: TLPage, source) => {
    if (source !== 'user' || previous.name === next.name || next.name === next.meta[namedAfterKey]) return next;
    return { ...next, meta: { ...next.meta, [ownNameKey]: true } };
  });
}

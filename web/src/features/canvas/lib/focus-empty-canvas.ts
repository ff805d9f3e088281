import type { Editor } from 'tldraw';

/**
 * tldraw's "move focus to the canvas" button (the first stop in its interface for the Tab key)
 * selects the first shape and focuses the canvas, but on a board with no shapes it only lets go of
 * the focus: a keyboard user could then neither draw nor place the first note. Here it focuses the
 * canvas there too, after tldraw's own handler. Returns the listener's removal.
 */
export function focusEmptyCanvasFromSkipButton(editor: Editor): () => void {
  const container = editor.getContainer();
  const onClick = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('.tl-skip-to-main-content')) return;
    if (editor.getCurrentPageShapeIds().size > 0) return;
    editor.timers.setTimeout(() => container.focus(), 0);
  };
  container.addEventListener('click', onClick);
  return () => container.removeEventListener('click', onClick);
}

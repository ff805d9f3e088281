import type { Editor, TLEventInfo } from 'tldraw';

/**
 * Tab goes from shape to shape in tldraw's select tool only. With another tool chosen (N for a note,
 * the pen) while something is selected, tldraw keeps Tab from moving the focus and does nothing with
 * it, and a keyboard user was stuck until they knew to press V or Escape (WCAG 2.1.2). Here Tab
 * pressed in any other tool goes back to the select tool, whose handling of the key's release then
 * takes it on to the next shape (Shift+Tab: the one before); with nothing selected, Tab leaves the
 * canvas as before. Returns the listener's removal.
 */
export function tabFromOtherTools(editor: Editor): () => void {
  // tldraw's tool has had the key already (and done nothing with it) when this hears of it.
  const onEvent = (info: TLEventInfo) => {
    if (info.type !== 'keyboard' || info.name !== 'key_down' || info.key !== 'Tab' || info.altKey) return;
    if (!editor.isIn('select') && !editor.getEditingShapeId()) editor.setCurrentTool('select');
  };
  editor.on('event', onEvent);
  return () => void editor.off('event', onEvent);
}

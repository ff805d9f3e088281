/**
 * The `<meta name=…>` by which the server tells a board page's boot script which editor the person
 * may open (its content: `diagram` or `canvas`), so the board's socket opens while the page is parsed.
 */
export const boardEditorMeta = 'planrom-board-editor';

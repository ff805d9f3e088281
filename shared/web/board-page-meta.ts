/**
 * The `<meta name=…>` tags by which the server tells a board page's boot script what to start while
 * the page is parsed: the editor the person may open (`diagram` or `canvas`: a diagram's socket
 * opens at once), and for a member of the board's region, the region (its answer is asked for at
 * once). Imports nothing: the boot script is inlined whole.
 */
export const boardPageMeta = { editor: 'planrom-board-editor', region: 'planrom-board-region' } as const;

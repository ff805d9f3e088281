import type { BoxLike, TLUiOverrides } from 'tldraw';
import { showInFreeArea } from './fit-to-free-area';

/**
 * tldraw's own ways to show a person a whole part of the board (zoom to fit, zoom to selection,
 * back to content), made to fit it where Planrom's meeting bar and tldraw's menus and toolbar leave
 * room, as the board does when it opens. tldraw's own fit the whole canvas, under them.
 */
export const freeAreaActions: TLUiOverrides = {
  actions(editor, actions) {
    const next = { ...actions };
    const replace = (id: string, onSelect: () => void) => {
      const action = actions[id];
      if (action) next[id] = { ...action, onSelect };
    };
    const show = (bounds: BoxLike, maxZoom: number) => showInFreeArea(editor, bounds, maxZoom, editor.options.animationMediumMs);
    replace('zoom-to-fit', () => {
      const content = editor.getCurrentPageBounds();
      // As tldraw's: a small board is zoomed in to fill the screen.
      if (content) show(content, Infinity);
    });
    replace('zoom-to-selection', () => {
      const selection = editor.getSelectionPageBounds();
      if (!editor.isIn('select') || !selection) return;
      // As tldraw's: at 100 % it fits the selection, otherwise it shows it at 100 % (less if too big).
      show(selection, Math.abs(editor.getZoomLevel() - 1) < 0.01 ? Infinity : 1);
    });
    replace('back-to-content', () => {
      const bounds = editor.getSelectionPageBounds() ?? editor.getCurrentPageBounds();
      if (bounds) show(bounds, Math.min(1, editor.getZoomLevel()));
    });
    return next;
  },
};

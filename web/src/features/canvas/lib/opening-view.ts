import { react, type Editor, type TLPageId } from 'tldraw';
import { keepRememberedView, readRememberedView, type RememberedView } from '../../../lib/remembered-view';
import { fitToFreeArea, freeScreenArea, showInFreeArea } from './fit-to-free-area';

/** Where a board opened: all of it, or (too big to read whole) a part, said to the person. */
export type OpeningView = 'whole' | 'last-view' | 'first-frame' | 'top-left';

/** Below this zoom a fitted board is too small to read (a note's text is a few pixels high). */
export const readableZoom = 0.3;
/** The zoom a big board opens at when there is no last view or frame to go to. */
const partZoom = 0.6;

interface SavedView extends RememberedView {
  pageId: string;
}

const storageKey = (boardId: string) => `planrom:lerret-visning:${boardId}`;

/**
 * Puts the camera where the board shows content, in the part of the canvas the meeting bar and
 * tldraw's menus and toolbar leave free. A board that fits there at a readable zoom is shown whole
 * (never above 100 %); a bigger one opens where this person last was on it, else on its first
 * frame, else at its top-left corner at a readable zoom, since fitting it would be a 5 % view of
 * unreadable dots (and tldraw culls what lies outside its minimum zoom).
 */
export function openOnContent(editor: Editor, boardId: string): OpeningView {
  const content = editor.getCurrentPageBounds();
  if (!content) return 'whole';
  const whole = fitToFreeArea(editor, content);
  // Readable or not as if the new board's notice were not there: it is put away after a read,
  // and the board should not open on a part of it only because a notice came with it.
  if (fitToFreeArea(editor, content, 1, { clearOfNotices: false }).z >= readableZoom) {
    editor.setCamera(whole, { immediate: true });
    return 'whole';
  }
  const saved = readRememberedView<SavedView>(storageKey(boardId));
  if (saved && saved.pageId === editor.getCurrentPageId()) {
    editor.setCamera({ x: saved.x, y: saved.y, z: saved.z }, { immediate: true });
    return 'last-view';
  }
  const frame = editor
    .getSortedChildIdsForParent(editor.getCurrentPageId())
    .map((id) => editor.getShape(id))
    .find((shape) => shape?.type === 'frame');
  const frameBounds = frame ? editor.getShapePageBounds(frame) : undefined;
  if (frameBounds) {
    editor.setCamera(fitToFreeArea(editor, frameBounds), { immediate: true });
    return 'first-frame';
  }
  // Screen = (page + camera) × zoom: the content's top-left corner goes to the free area's.
  const area = freeScreenArea(editor);
  editor.setCamera({ x: area.x / partZoom - content.x, y: area.y / partZoom - content.y, z: partZoom }, { immediate: true });
  return 'top-left';
}

/** Shows the whole board in the free area, at most at 100 %: the "show all" of the opening notice. */
export function showAll(editor: Editor): void {
  const content = editor.getCurrentPageBounds();
  if (content) showInFreeArea(editor, content, 1, 300);
}

/** Keeps where this person is on the board (camera and page), for the next time it opens. */
export function rememberView(editor: Editor, boardId: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = react('remember the board view', () => {
    const camera = editor.getCamera();
    const pageId: TLPageId = editor.getCurrentPageId();
    clearTimeout(timer);
    timer = setTimeout(() => keepRememberedView(storageKey(boardId), { pageId, x: camera.x, y: camera.y, z: camera.z } satisfies SavedView), 500);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}

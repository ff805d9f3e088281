import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useValue, type Editor, type TLShapeId } from 'tldraw';
import { orderSlides } from '../../../../shared/presentation/slide-order';
import type { Slide } from './slide';

/**
 * Where a canvas board keeps its slide order: the `meta` of tldraw's document record, so it syncs
 * through the board's room to everyone, is stored with the board and is part of its versions.
 */
const slideOrderKey = 'planromSlideOrder';

/**
 * The frames of the current page in presentation order: the stored order first, then frames it
 * does not name in frame order (the order tldraw keeps them in on the page).
 */
export function canvasSlideIds(editor: Editor): TLShapeId[] {
  const frames = editor.getSortedChildIdsForParent(editor.getCurrentPageId()).filter((id) => editor.getShape(id)?.type === 'frame');
  return orderSlides(frames, editor.getDocumentSettings().meta[slideOrderKey]) as TLShapeId[];
}

/** Stores a new slide order for everyone on the board. */
export function storeCanvasSlideOrder(editor: Editor, order: string[]): void {
  const meta = editor.getDocumentSettings().meta;
  editor.updateDocumentSettings({ meta: { ...meta, [slideOrderKey]: order } });
}

/** A frame's name, or "Ramme 2" for a frame without one (by its place in the presentation). */
export function frameTitle(editor: Editor, id: TLShapeId, position: number, untitled: (position: number) => string): string {
  const name = (editor.getShape(id) as { props?: { name?: unknown } } | undefined)?.props?.name;
  return typeof name === 'string' && name.trim() ? name.trim() : untitled(position);
}

/** The canvas board's slides, kept up to date as frames are made, renamed, deleted or reordered. */
export function useCanvasSlides(editor: Editor): Slide[] {
  const { t } = useTranslation();
  // A string, so moving a frame (which changes nothing here) does not draw the list again.
  const key = useValue('planrom slides', () => JSON.stringify(canvasSlideIds(editor).map((id, index) => [id, frameTitle(editor, id, index + 1, () => '')])), [
    editor,
  ]);
  return useMemo(
    () =>
      (JSON.parse(key) as Array<[string, string]>).map(([id, name], index) => ({
        id,
        title: name || t('presentation.frame-untitled', { position: String(index + 1) }),
      })),
    [key, t],
  );
}

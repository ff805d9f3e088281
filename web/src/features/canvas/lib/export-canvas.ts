import type { Editor, TLShapeId } from 'tldraw';
import { drawTitlePage, type HandoutTitlePage } from '../../../lib/handout/draw-title-page';

export type ImageFormat = 'png' | 'svg';

/** The shapes an export covers: the selection, or everything on the current page. */
export function exportShapeIds(editor: Editor, scope: 'board' | 'selection'): TLShapeId[] {
  if (scope === 'selection') return editor.getSelectedShapeIds();
  return [...editor.getCurrentPageShapeIds()];
}

/** A PNG or SVG of the given shapes, with the board's background, as tldraw renders it. */
export async function exportImage(editor: Editor, ids: TLShapeId[], format: ImageFormat): Promise<Blob> {
  const { blob } = await editor.toImage(ids, { format, background: true, padding: 32, scale: format === 'png' ? 2 : 1 });
  return blob;
}

/**
 * The frames of the current page in frame order: the order tldraw keeps them in on the page (the
 * order they were made in, unless someone moved one forward or back).
 */
export function framesInOrder(editor: Editor): TLShapeId[] {
  return editor.getSortedChildIdsForParent(editor.getCurrentPageId()).filter((id) => editor.getShape(id)?.type === 'frame');
}

const a4LongSide = 842; // points

export interface FramesPdfOptions {
  /** The frames to put in, in this order (the presentation's slide order); all frames in frame order by default. */
  frames?: TLShapeId[];
  /** A title page first (the handout for the minutes). */
  titlePage?: HandoutTitlePage;
}

/**
 * A PDF with one page per frame, in frame order, for minutes and the archive. Each page has the
 * frame's proportions with its long side as long as an A4 page, and the frame's name as the
 * document outline entry. As a handout it starts with a title page and follows the slide order.
 */
export async function exportFramesAsPdf(editor: Editor, title: string, options: FramesPdfOptions = {}): Promise<Blob> {
  const frames = options.frames ?? framesInOrder(editor);
  if (frames.length === 0) throw new Error('no frames');
  // jsPDF is loaded only when someone exports a PDF.
  const { jsPDF } = await import('jspdf');
  let pdf: InstanceType<typeof jsPDF> | null = null;
  if (options.titlePage) {
    pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'landscape', compress: true });
    drawTitlePage(pdf, options.titlePage);
  }
  for (const id of frames) {
    const bounds = editor.getShapePageBounds(id);
    if (!bounds) continue;
    const ratio = a4LongSide / Math.max(bounds.w, bounds.h);
    const size: [number, number] = [bounds.w * ratio, bounds.h * ratio];
    const orientation = size[0] >= size[1] ? 'landscape' : 'portrait';
    const { blob } = await editor.toImage([id], { format: 'png', background: true, padding: 0, scale: 2 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    if (!pdf) pdf = new jsPDF({ unit: 'pt', format: size, orientation, compress: true });
    else pdf.addPage(size, orientation);
    pdf.addImage(bytes, 'PNG', 0, 0, size[0], size[1]);
    const frame = editor.getShape(id) as { props?: { name?: string } } | undefined;
    pdf.outline.add(null, frame?.props?.name || `${pdf.getNumberOfPages()}`, { pageNumber: pdf.getNumberOfPages() });
  }
  pdf!.setProperties({ title, creator: 'Planrom' });
  return pdf!.output('blob');
}

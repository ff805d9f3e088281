import type { jsPDF } from 'jspdf';
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
/** The band above each frame's picture that names it (tldraw draws a frame's name outside the frame, so the picture lacks it). */
const headingBand = 44; // points
const headingMargin = 24; // points

export interface FramesPdfOptions {
  /** The frames to put in, in this order (the presentation's slide order); all frames in frame order by default. */
  frames?: TLShapeId[];
  /** A title page first (the handout for the minutes). */
  titlePage?: HandoutTitlePage;
}

/**
 * A PDF with one page per frame, in frame order, for minutes and the archive. Each page names its
 * frame in a band above the frame's picture (the picture has the frame's proportions, its long side
 * as long as an A4 page) and in the document outline, and holds the text of the frame's notes and
 * labels as real text where it is drawn, so the PDF can be searched and its text copied. As a
 * handout it starts with a title page and follows the slide order.
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
    const size: [number, number] = [bounds.w * ratio, bounds.h * ratio + headingBand];
    const orientation = size[0] >= size[1] ? 'landscape' : 'portrait';
    const { blob } = await editor.toImage([id], { format: 'png', background: true, padding: 0, scale: 2 });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    if (!pdf) pdf = new jsPDF({ unit: 'pt', format: size, orientation, compress: true });
    else pdf.addPage(size, orientation);
    const frame = editor.getShape(id) as { props?: { name?: string } } | undefined;
    const name = frame?.props?.name?.trim() || `${pdf.getNumberOfPages()}`;
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(16);
    pdf.setTextColor(27, 31, 36);
    pdf.text(pdf.splitTextToSize(name, size[0] - headingMargin * 2)[0] as string, headingMargin, headingBand - 16);
    pdf.addImage(bytes, 'PNG', 0, headingBand, size[0], size[1] - headingBand);
    writeTextLayer(pdf, editor, id, { x: bounds.x, y: bounds.y, ratio, top: headingBand });
    pdf.outline.add(null, name, { pageNumber: pdf.getNumberOfPages() });
  }
  pdf!.setProperties({ title, creator: 'Planrom' });
  return pdf!.output('blob');
}

/**
 * Writes the text of every shape in a frame (notes, text, labels of boxes and arrows) over the
 * frame's picture, where each is drawn, invisible: the picture shows it,
 * the PDF reader finds, selects and reads it.
 */
function writeTextLayer(pdf: jsPDF, editor: Editor, frameId: TLShapeId, place: { x: number; y: number; ratio: number; top: number }): void {
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(10);
  const texts = [...editor.getShapeAndDescendantIds([frameId])].flatMap((id) => {
    const shape = editor.getShape(id);
    const bounds = editor.getShapePageBounds(id);
    const text = id !== frameId && shape ? editor.getShapeUtil(shape).getText(shape)?.trim() : undefined;
    return shape && bounds && text ? [{ bounds, text }] : [];
  });
  // Top to bottom, then left to right, as a reader goes through the sheet.
  texts.sort((a, b) => a.bounds.y - b.bounds.y || a.bounds.x - b.bounds.x);
  for (const { bounds, text } of texts) {
    const x = (bounds.x - place.x) * place.ratio;
    const y = place.top + (bounds.y - place.y) * place.ratio;
    const lines = pdf.splitTextToSize(text, Math.max(bounds.w * place.ratio, 40)) as string[];
    pdf.text(lines, x, y, { renderingMode: 'invisible', baseline: 'top' });
  }
}

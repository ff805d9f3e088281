import { getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import type { DiagramType } from '../../../../../shared/diagram/vocabulary';
import { drawTitlePage, type HandoutTitlePage } from '../../../lib/handout/draw-title-page';
import type { FlowEdge } from '../components/diagram-edges';
import type { FlowNode } from '../components/diagram-nodes';
import type { Band } from '../layout/background-bands';
import { heldLaneWidth, holdNames } from './held-names';
import { withLinks } from './link-bounds';

/** Largest side of an exported image, in CSS pixels (PNG doubles it for sharpness). */
const maxSide = 5000;
const padding = 40;

/** The editor's own marks, which a planner's picture of the diagram does not show: other people's
 * cursors, the handles to resize a box and the dots to connect from. */
const leftOutOfPicture = ['diagram-cursors', 'react-flow__resize-control', 'react-flow__handle'];

export interface DiagramImage {
  dataUrl: string;
  width: number;
  height: number;
}

/**
 * Draws the whole diagram (not just what is on screen) to an image with html-to-image, as React
 * Flow's own export example does: the viewport element is rendered with a transform that fits all
 * nodes (or only `nodeIds`, for one phase or group of a handout), the lane and category labels
 * around them, and the links' lines and labels (link-bounds.ts). The editor's own marks
 * (`leftOutOfPicture`) are left out. A plan phase's page of a handout (`nodeIds` and the diagram's
 * `bands`) gets its lanes' names at its left edge and its phase's name at the top, as the
 * presentation holds them: their own stand left of the whole process and above its first lane.
 * html-to-image is pinned to 1.11.11: later versions leave React Flow's edges out (React Flow's docs
 * say the same).
 */
export async function renderDiagramImage(
  flow: ReactFlowInstance<FlowNode, FlowEdge>,
  format: 'png' | 'jpeg',
  diagramType: DiagramType,
  nodeIds?: string[],
  bands: Band[] = [],
): Promise<DiagramImage> {
  const { toJpeg, toPng } = await import('html-to-image');
  const viewportElement = document.querySelector<HTMLElement>('.diagram-canvas .react-flow__viewport');
  if (!viewportElement) throw new Error('The diagram is not shown');
  const nodeBounds = flow.getNodesBounds(nodeIds ?? flow.getNodes());
  // Room for the lane labels (left) and phase or category headings (above) drawn behind the nodes;
  // on a phase's page, for its held names.
  const extra = diagramType === 'planprosess' ? { left: heldLaneWidth + 20, top: 90 } : { left: 24, top: 56 };
  const bounds = withLinks(
    flow,
    { x: nodeBounds.x - extra.left, y: nodeBounds.y - extra.top, width: nodeBounds.width + extra.left, height: nodeBounds.height + extra.top },
    nodeIds,
  );
  const scale = Math.min(1, maxSide / Math.max(bounds.width + padding * 2, 1), maxSide / Math.max(bounds.height + padding * 2, 1));
  const width = Math.max(200, Math.ceil((bounds.width + padding * 2) * scale));
  const height = Math.max(120, Math.ceil((bounds.height + padding * 2) * scale));
  const viewport = getViewportForBounds(bounds, width, height, 0.02, 2, `${padding}px`);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
    filter: (element: HTMLElement) => !leftOutOfPicture.some((name) => element.classList?.contains(name)),
  };
  // The picture's own edges in the diagram's coordinates, and where its held lane names end.
  const picture = { x: -viewport.x / viewport.zoom, y: -viewport.y / viewport.zoom, width: width / viewport.zoom, height: height / viewport.zoom };
  const held = diagramType === 'planprosess' && nodeIds ? holdNames(viewportElement, bands, picture, nodeBounds.x - 20) : null;
  try {
    // No SVG: html-to-image's is the page's HTML wrapped in one <foreignObject> (10 MB for a template's
    // map), which Word, PowerPoint and drawing programs show as nothing.
    const dataUrl =
      format === 'png'
        ? await toPng(viewportElement, { ...options, pixelRatio: 2 })
        : await toJpeg(viewportElement, { ...options, pixelRatio: 1.5, quality: 0.9 });
    return { dataUrl, width, height };
  } finally {
    held?.remove();
  }
}

/**
 * A PDF (A4 landscape or portrait, whichever fits) with the board's title, the date and the diagram
 * (pass a JPEG image),
 * for the case and archive system. jsPDF is loaded only when someone exports.
 */
export async function renderDiagramPdf(image: DiagramImage, title: string, subtitle: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const landscape = image.width >= image.height;
  const pdf = new jsPDF({ orientation: landscape ? 'landscape' : 'portrait', unit: 'pt', format: 'a4' });
  pdf.setProperties({ title, subject: subtitle, creator: 'Planrom' });
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const margin = 36;
  pdf.setFontSize(16);
  pdf.text(title, margin, margin + 8);
  pdf.setFontSize(10);
  pdf.text(subtitle, margin, margin + 26);
  const top = margin + 40;
  const fit = Math.min((pageWidth - margin * 2) / image.width, (pageHeight - top - margin) / image.height);
  // JPEG goes into the PDF as it is; a PNG would be decoded and re-compressed (and is many times larger).
  pdf.addImage(image.dataUrl, 'JPEG', margin, top, image.width * fit, image.height * fit);
  return pdf.output('blob');
}

/**
 * The handout for the minutes: a title page, then one A4 page per phase or group (pass JPEG images),
 * each headed by its name, in the presentation's order.
 */
export async function renderDiagramHandoutPdf(
  pages: Array<{ heading: string; image: DiagramImage }>,
  title: string,
  titlePage: HandoutTitlePage,
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: 'a4', compress: true });
  pdf.setProperties({ title, subject: titlePage.date, creator: 'Planrom' });
  drawTitlePage(pdf, titlePage);
  for (const { heading, image } of pages) {
    const landscape = image.width >= image.height;
    pdf.addPage('a4', landscape ? 'landscape' : 'portrait');
    const pageWidth = pdf.internal.pageSize.getWidth();
    const pageHeight = pdf.internal.pageSize.getHeight();
    const margin = 36;
    pdf.setTextColor(27, 31, 36);
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(16);
    pdf.text(heading, margin, margin + 8);
    pdf.outline.add(null, heading, { pageNumber: pdf.getNumberOfPages() });
    const top = margin + 24;
    const fit = Math.min((pageWidth - margin * 2) / image.width, (pageHeight - top - margin) / image.height);
    pdf.addImage(image.dataUrl, 'JPEG', margin, top, image.width * fit, image.height * fit);
  }
  return pdf.output('blob');
}

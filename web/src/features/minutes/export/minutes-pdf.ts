import type { MinutesBlock } from './minutes-document';

const margin = 56;

/** The minutes as a PDF (A4), with jsPDF's Helvetica (which covers Norwegian letters). */
export async function minutesPdf(blocks: MinutesBlock[], title: string, footer: string): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  pdf.setProperties({ title, creator: 'Planrom' });
  const width = pdf.internal.pageSize.getWidth() - margin * 2;
  const bottom = pdf.internal.pageSize.getHeight() - margin;
  let y = margin;
  const room = (needed: number) => {
    if (y + needed <= bottom) return;
    pdf.addPage();
    y = margin;
  };
  const write = (text: string, size: number, bold: boolean, indent = 0, gap = 4) => {
    pdf.setFont('helvetica', bold ? 'bold' : 'normal');
    pdf.setFontSize(size);
    const lines = pdf.splitTextToSize(text, width - indent) as string[];
    const height = lines.length * size * 1.25;
    room(height);
    pdf.text(lines, margin + indent, y + size);
    y += height + gap;
  };
  const imageSize = (image: { width: number; height: number }) => {
    const scale = Math.min(1, width / image.width, (bottom - margin) / image.height);
    return { w: image.width * scale, h: image.height * scale };
  };
  pdf.setTextColor(27, 31, 36);
  blocks.forEach((block, index) => {
    if (block.kind === 'title') write(block.text, 20, true, 0, 10);
    else if (block.kind === 'fact') write(block.text, 11, false);
    else if (block.kind === 'heading') {
      y += block.level === 1 ? 12 : 4;
      const size = block.level === 1 ? 14 : 12;
      // A heading is never left alone at the foot of a page: it moves on with what follows it.
      const next = blocks[index + 1];
      const following = !next ? 0 : next.kind === 'image' ? imageSize(next.image).h : 11 * 1.25 * 2;
      room(size * 1.25 + 4 + following);
      write(block.text, size, true);
    } else if (block.kind === 'paragraph') write(block.text, 11, false);
    else if (block.kind === 'bullet') write(`• ${block.text}`, 11, false, 12, 2);
    else {
      const { w, h } = imageSize(block.image);
      room(h);
      pdf.addImage(block.image.dataUrl, 'JPEG', margin, y, w, h);
      y += h + 8;
    }
  });
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(9);
  for (let page = 1; page <= pdf.getNumberOfPages(); page += 1) {
    pdf.setPage(page);
    pdf.text(`${footer} · ${page}/${pdf.getNumberOfPages()}`, margin, pdf.internal.pageSize.getHeight() - margin / 2);
  }
  return pdf.output('blob');
}

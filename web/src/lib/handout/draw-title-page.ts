import type { jsPDF } from 'jspdf';

/** What the first page of a handout says. */
export interface HandoutTitlePage {
  /** "Utdelingsark", in the board's language. */
  kind: string;
  /** The board's title. */
  title: string;
  /** "Regionalt plansamarbeid: Lister", or null when the region's name is not known (guests). */
  region: string | null;
  /** "Dato: 26. november 2026". */
  date: string;
  /** "3 sider etter denne". */
  pages: string;
}

const margin = 64;

/**
 * Writes a handout's title page on the PDF's current page: the board's title large, then the
 * region and the date, for the minutes. jsPDF's built-in Helvetica covers Norwegian letters.
 */
export function drawTitlePage(pdf: jsPDF, page: HandoutTitlePage): void {
  const width = pdf.internal.pageSize.getWidth() - margin * 2;
  let y = margin + 40;
  pdf.setTextColor(74, 83, 97);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(13);
  pdf.text(page.kind.toUpperCase(), margin, y);
  y += 48;
  pdf.setTextColor(27, 31, 36);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(32);
  const titleLines = pdf.splitTextToSize(page.title, width) as string[];
  pdf.text(titleLines, margin, y);
  y += titleLines.length * 38 + 24;
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(16);
  for (const line of [page.region, page.date].filter((text): text is string => !!text)) {
    pdf.text(line, margin, y);
    y += 26;
  }
  pdf.setTextColor(74, 83, 97);
  pdf.setFontSize(12);
  pdf.text(page.pages, margin, y + 12);
  pdf.text('Planrom', margin, pdf.internal.pageSize.getHeight() - margin / 2);
}

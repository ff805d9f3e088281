import type { jsPDF } from 'jspdf';
import { principleColors, trendRows, type ClosedRound } from '../lib/barometer-trend';
import { shortenText } from '../../../../../shared/i18n/shorten-text';

/** Every text of the report, already in the region's language. */
export interface BarometerPdfTexts {
  title: string;
  roundTitle: string;
  region: string;
  date: string;
  respondents: string;
  chartHeading: string;
  trendHeading: string;
  median: string;
  answers: string;
  comments: string;
  tooFew: string;
  weak: string;
  /** "Fordeling". */
  distribution: string;
  /** "1: 0, 2: 1, 3: 2, 4: 0, 5: 1": how many gave each score, in words rather than colours. */
  distributionText: (counts: readonly number[]) => string;
  /** "4 – stemmer godt", for the legend. */
  scale: (score: number) => string;
  /** "Prinsipp 1: Tydelige grenser". */
  principleHeading: (principle: number) => string;
  principleShort: (principle: number) => string;
  formatNumber: (value: number) => string;
}

const margin = 48;
// Score 1 (red) to 5 (green), dark enough for white digits. Colour is never the only sign of a score
// (WCAG 1.4.1, and the report is often printed in grey): each segment carries its score's number.
const scoreColors = ['#b42318', '#c4320a', '#9a6700', '#2f7d32', '#1a7f37'];
const text = '#1b1f24';
const muted = '#4a5361';

/** The distribution of one round as stacked bars, one per principle, with the median at the end. */
function drawDistribution(pdf: jsPDF, round: ClosedRound, texts: BarometerPdfTexts, top: number): number {
  const width = pdf.internal.pageSize.getWidth() - margin * 2;
  const labelWidth = 170;
  const barWidth = width - labelWidth - 60;
  let y = top;
  pdf.setFontSize(9);
  for (const result of round.results) {
    pdf.setTextColor(text);
    pdf.text(texts.principleShort(result.principle), margin, y + 11);
    const total = result.distribution?.reduce((sum, count) => sum + count, 0) ?? 0;
    if (result.distribution && total > 0) {
      let x = margin + labelWidth;
      result.distribution.forEach((count, index) => {
        if (count === 0) return;
        const part = (count / total) * barWidth;
        pdf.setFillColor(scoreColors[index]!);
        pdf.rect(x, y, part, 16, 'F');
        pdf.setTextColor('#ffffff');
        // The score, as on the web page; how many gave it is in the principle's numbers below.
        if (part > 10) pdf.text(String(index + 1), x + part / 2, y + 11, { align: 'center' });
        x += part;
      });
      pdf.setTextColor(text);
      pdf.text(`${texts.median} ${texts.formatNumber(result.median ?? 0)}`, margin + labelWidth + barWidth + 8, y + 11);
    } else {
      pdf.setTextColor(muted);
      pdf.text(texts.tooFew, margin + labelWidth, y + 11);
    }
    y += 22;
  }
  // The legend: what each score (number and colour) means, in words.
  let x = margin;
  for (let score = 1; score <= 5; score += 1) {
    pdf.setFillColor(scoreColors[score - 1]!);
    pdf.rect(x, y + 4, 10, 10, 'F');
    pdf.setTextColor(text);
    pdf.text(texts.scale(score), x + 14, y + 12);
    x += (pdf.internal.pageSize.getWidth() - margin * 2) / 5;
  }
  return y + 28;
}

/** Each principle's median over the closed rounds, as lines on a 1–5 scale. */
function drawTrend(pdf: jsPDF, rounds: ClosedRound[], texts: BarometerPdfTexts, top: number): number {
  const width = pdf.internal.pageSize.getWidth() - margin * 2 - 150;
  const height = 180;
  const left = margin + 24;
  const yOf = (value: number) => top + height - ((value - 1) / 4) * height;
  const xOf = (index: number) => left + (rounds.length === 1 ? width / 2 : (index / (rounds.length - 1)) * width);
  pdf.setDrawColor('#c9ced6');
  pdf.setLineWidth(0.5);
  pdf.setFontSize(8);
  pdf.setTextColor(muted);
  for (let value = 1; value <= 5; value += 1) {
    pdf.line(left, yOf(value), left + width, yOf(value));
    pdf.text(String(value), margin + 8, yOf(value) + 3);
  }
  rounds.forEach((round, index) => pdf.text(shortenText(round.title, 24), xOf(index), top + height + 14, { align: 'center' }));
  pdf.setLineWidth(1.5);
  trendRows(rounds).forEach((row, line) => {
    const color = principleColors[line % principleColors.length]!;
    pdf.setDrawColor(color);
    pdf.setFillColor(color);
    row.medians.forEach((median, index) => {
      if (median === null) return;
      pdf.circle(xOf(index), yOf(median), 2.5, 'F');
      const next = row.medians[index + 1];
      if (next !== undefined && next !== null) pdf.line(xOf(index), yOf(median), xOf(index + 1), yOf(next));
    });
    pdf.rect(left + width + 16, top + line * 16, 10, 10, 'F');
    pdf.setTextColor(text);
    pdf.text(shortenText(texts.principleShort(row.principle), 28), left + width + 30, top + line * 16 + 8);
  });
  return top + height + 32;
}

/** Moves to a new page when fewer than `needed` points are left on this one. */
function room(pdf: jsPDF, y: number, needed: number): number {
  if (y + needed < pdf.internal.pageSize.getHeight() - margin) return y;
  pdf.addPage();
  return margin;
}

/**
 * The barometer report as a PDF, for the minutes and the archive: the round's distribution as a
 * chart, the trend over rounds as a chart, then each principle's numbers and comments (no names).
 * jsPDF is loaded only when someone exports; its Helvetica covers Norwegian letters.
 */
export async function barometerPdf(round: ClosedRound, rounds: ClosedRound[], texts: BarometerPdfTexts): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', compress: true });
  pdf.setProperties({ title: `${texts.title}: ${texts.roundTitle}`, subject: texts.region, creator: 'Planrom' });
  const width = pdf.internal.pageSize.getWidth() - margin * 2;
  pdf.setTextColor(text);
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(20);
  pdf.text(`${texts.title}: ${texts.roundTitle}`, margin, margin + 8);
  pdf.setFont('helvetica', 'normal');
  pdf.setFontSize(11);
  pdf.text([texts.region, texts.date, texts.respondents], margin, margin + 30);
  let y = margin + 86;
  pdf.setFont('helvetica', 'bold');
  pdf.setFontSize(13);
  pdf.text(texts.chartHeading, margin, y);
  pdf.setFont('helvetica', 'normal');
  y = drawDistribution(pdf, round, texts, y + 12);
  if (rounds.length > 1) {
    y = room(pdf, y, 260);
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(13);
    pdf.setTextColor(text);
    pdf.text(texts.trendHeading, margin, y);
    pdf.setFont('helvetica', 'normal');
    y = drawTrend(pdf, rounds, texts, y + 16);
  }
  for (const result of round.results) {
    y = room(pdf, y, 70);
    pdf.setTextColor(text);
    pdf.setFont('helvetica', 'bold');
    pdf.setFontSize(12);
    const weak = result.median !== null && result.median < 3 ? ` (${texts.weak})` : '';
    pdf.text(`${texts.principleHeading(result.principle)}${weak}`, margin, y);
    pdf.setFont('helvetica', 'normal');
    pdf.setFontSize(10);
    y += 16;
    pdf.text(result.median === null ? texts.tooFew : `${texts.median}: ${texts.formatNumber(result.median)} · ${texts.answers}: ${result.answers}`, margin, y);
    y += 16;
    if (result.distribution && result.median !== null) {
      pdf.text(`${texts.distribution}: ${texts.distributionText(result.distribution)}`, margin, y);
      y += 16;
    }
    if (result.comments.length > 0) {
      pdf.text(`${texts.comments}:`, margin, y);
      y += 14;
      for (const comment of result.comments) {
        const lines = pdf.splitTextToSize(`• ${comment}`, width - 12) as string[];
        y = room(pdf, y, lines.length * 13);
        pdf.text(lines, margin + 12, y);
        y += lines.length * 13;
      }
    }
    y += 10;
  }
  return pdf.output('blob');
}

import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../../e2e/support/pdf-text';
import { barometerNb } from '../../../../../shared/i18n/barometer/nb';
import { barometerNn } from '../../../../../shared/i18n/barometer/nn';
import type { ClosedRound } from '../lib/barometer-trend';
import { barometerPdf, type BarometerPdfTexts } from './barometer-pdf';

const catalogues = { nb: barometerNb, nn: barometerNn };

/** The report's texts straight from a language's catalogue, as the export button fills them in. */
function textsFor(language: keyof typeof catalogues): BarometerPdfTexts {
  const c = catalogues[language];
  const title = (principle: number) => c.principle[String(principle) as '1'].title;
  return {
    title: c.export['pdf-title'],
    roundTitle: 'Høst',
    region: 'Lister',
    date: '1. desember 2026',
    respondents: '4',
    chartHeading: c.export['pdf-chart'],
    trendHeading: c.export['pdf-trend'],
    median: c.result.median,
    answers: c.result.answers,
    comments: c.result.comments,
    tooFew: c.result['too-few'],
    weak: c.result.weak,
    distribution: c.result.distribution,
    distributionText: ([one, two, three, four, five]) =>
      c.result['distribution-text']
        .replace('{{one}}', String(one))
        .replace('{{two}}', String(two))
        .replace('{{three}}', String(three))
        .replace('{{four}}', String(four))
        .replace('{{five}}', String(five)),
    scale: (score) => c.scale[String(score) as '1'],
    principleHeading: (principle) => `Prinsipp ${principle}: ${title(principle)}`,
    principleShort: (principle) => `${principle}. ${title(principle)}`,
    formatNumber: (value) => String(value),
  };
}

const round: ClosedRound = {
  id: 'r',
  title: 'Høst',
  closesOn: '2026-12-01',
  status: 'closed',
  openedAt: '2026-11-01T00:00:00.000Z',
  closedAt: '2026-12-01T12:00:00.000Z',
  respondents: 4,
  results: [
    { principle: 1, answers: 4, distribution: [0, 0, 1, 2, 1], median: 4, comments: [] },
    { principle: 2, answers: 4, distribution: [1, 3, 0, 0, 0], median: 2, comments: [] },
  ],
};

describe.each(['nb', 'nn'] as const)('the barometer PDF in %s', (language) => {
  it('says which score each bar segment is in text, not only in colour, with a legend in words', async () => {
    const texts = textsFor(language);
    const pdf = Buffer.from(await (await barometerPdf(round, [round], texts)).arrayBuffer());
    // WinAnsi's en dash is 0x96, which latin1 reads as U+0096.
    const lines = pdfText(pdf).replaceAll('\u0096', '–').split('\n');
    // The segments of a bar, left to right, between the principle's name and its median.
    const segments = (principle: number) => {
      const start = lines.indexOf(texts.principleShort(principle));
      const end = lines.findIndex((line, index) => index > start && line.startsWith(texts.median));
      return lines.slice(start + 1, end);
    };
    expect(segments(1)).toEqual(['3', '4', '5']);
    expect(segments(2)).toEqual(['1', '2']);
    for (const score of [1, 2, 3, 4, 5]) expect(lines).toContain(texts.scale(score));
    expect(lines).toContain(`${texts.distribution}: 1: 0, 2: 0, 3: 1, 4: 2, 5: 1`);
    expect(lines).toContain(`${texts.distribution}: 1: 1, 2: 3, 3: 0, 4: 0, 5: 0`);
  });
});

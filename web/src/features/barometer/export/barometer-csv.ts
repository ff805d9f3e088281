import type { ClosedRound } from '../lib/barometer-trend';

/** The column names and principle titles, in the language of the export. */
export interface BarometerCsvTexts {
  round: string;
  principle: string;
  answers: string;
  median: string;
  /** The principle's title, by number. */
  principleTitle: (principle: number) => string;
}

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  // Quote every text cell; a leading = + - @ is made harmless for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return typeof value === 'number' ? text : `"${safe.replace(/"/g, '""')}"`;
};

/**
 * The closed rounds' results as CSV (semicolon-separated, as Norwegian spreadsheets expect): one row
 * per round and principle with the number of answers, the median and the count for each score.
 * Principles with too few answers have their count only. Comments are left out: they are free
 * text about people's cooperation, better read in the report than spread in a spreadsheet.
 */
export function barometerCsv(rounds: readonly ClosedRound[], texts: BarometerCsvTexts): string {
  const header = [texts.round, texts.principle, texts.answers, texts.median, '1', '2', '3', '4', '5'].map(cell).join(';');
  const rows = rounds.flatMap((round) =>
    round.results.map((result) =>
      [
        cell(round.title),
        cell(`${result.principle}. ${texts.principleTitle(result.principle)}`),
        cell(result.answers),
        result.median === null ? '' : String(result.median).replace('.', ','),
        ...(result.distribution ?? [null, null, null, null, null]).map((count) => (count === null ? '' : String(count))),
      ].join(';'),
    ),
  );
  // A byte order mark, so Excel reads æ, ø and å right.
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}

import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, read back from its content streams: every stream is inflated (when it is
 * compressed) and the strings of its text operators (`(…) Tj`, `[…] TJ`) are joined, one line per
 * operator. Enough for the PDFs jsPDF writes with its standard fonts (WinAnsi, so latin1 here).
 */
export function pdfText(pdf: Buffer): string {
  return [...streams(pdf)].flatMap(({ content }) => textLines(content)).join('\n');
}

/**
 * What each page of a PDF shows, in order: its text (as `pdfText` reads it) and how many pictures
 * it draws (`Do` operators). Each jsPDF page has one content stream; picture streams are skipped.
 */
export function pdfPages(pdf: Buffer): { text: string; images: number }[] {
  const pages: { text: string; images: number }[] = [];
  for (const { dictionary, content } of streams(pdf)) {
    if (/\/Subtype\s*\/Image|\/Length1|\/Type\s*\/XRef/.test(dictionary)) continue;
    // A page's content stream sets a font for its text (every minutes page has at least its footer).
    if (!/\bTf\b/.test(content)) continue;
    pages.push({ text: textLines(content).join('\n'), images: [...content.matchAll(/\/\S+\s+Do\b/g)].length });
  }
  return pages;
}

/** Every stream of a PDF, inflated when it is compressed, with the dictionary before it. */
function* streams(pdf: Buffer): Generator<{ dictionary: string; content: string }> {
  const source = pdf.toString('latin1');
  // Not the "stream" at the end of "endstream".
  const starts = /\bstream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = starts.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) return;
    starts.lastIndex = end + 'endstream'.length;
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    yield { dictionary: source.slice(source.lastIndexOf('<<', match.index), match.index), content };
  }
}

/** The strings of a content stream's text operators, one line per operator. */
function textLines(content: string): string[] {
  return [...content.matchAll(/\((?:\\.|[^\\)])*\)\s*Tj|\[(?:[^\]]*)\]\s*TJ/g)].map((operator) =>
    [...operator[0].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((part) => unescape(part[1]!)).join(''),
  );
}

function unescape(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_all, code: string) => {
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code;
  });
}

import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, read back from its content streams: every stream is inflated (when it is
 * compressed) and the strings of its text operators (`(…) Tj`, `[…] TJ`) are joined, one line per
 * operator. Enough for the PDFs jsPDF writes with its standard fonts (WinAnsi, so latin1 here).
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    for (const operator of content.matchAll(/\((?:\\.|[^\\)])*\)\s*Tj|\[(?:[^\]]*)\]\s*TJ/g)) {
      const strings = [...operator[0].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((part) => unescape(part[1]!));
      lines.push(strings.join(''));
    }
    streams.lastIndex = end;
  }
  return lines.join('\n');
}

/**
 * What each page of a PDF shows, in order: its text (as `pdfText` reads it) and how many pictures
 * it draws (`Do` operators). Each jsPDF page has one content stream; picture streams are skipped.
 */
export function pdfPages(pdf: Buffer): { text: string; images: number }[] {
  const source = pdf.toString('latin1');
  const pages: { text: string; images: number }[] = [];
  // Not the "stream" at the end of "endstream".
  const streams = /\bstream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(source))) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) break;
    streams.lastIndex = end + 'endstream'.length;
    const dictionary = source.slice(source.lastIndexOf('<<', match.index), match.index);
    if (/\/Subtype\s*\/Image|\/Length1|\/Type\s*\/XRef/.test(dictionary)) continue;
    const raw = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(raw).toString('latin1');
    } catch {
      content = raw.toString('latin1');
    }
    // A page's content stream sets a font for its text (every minutes page has at least its footer).
    if (!/\bTf\b/.test(content)) continue;
    const lines = [...content.matchAll(/\((?:\\.|[^\\)])*\)\s*Tj|\[(?:[^\]]*)\]\s*TJ/g)].map((operator) =>
      [...operator[0].matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((part) => unescape(part[1]!)).join(''),
    );
    pages.push({ text: lines.join('\n'), images: [...content.matchAll(/\/\S+\s+Do\b/g)].length });
  }
  return pages;
}

function unescape(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_all, code: string) => {
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code;
  });
}

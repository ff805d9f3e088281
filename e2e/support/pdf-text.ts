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

function unescape(text: string): string {
  return text.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_all, code: string) => {
    if (/^[0-7]+$/.test(code)) return String.fromCharCode(parseInt(code, 8));
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code;
  });
}

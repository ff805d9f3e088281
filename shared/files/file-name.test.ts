import { describe, expect, it } from 'vitest';
import { fileNameFor } from './file-name';

describe('fileNameFor', () => {
  it('keeps Norwegian letters, spaces, dashes and brackets', () => {
    expect(fileNameFor('Eksport – Lindesnes', 'tldr')).toBe('Eksport – Lindesnes.tldr');
    expect(fileNameFor('Kommuneplan (2026) for Åseral', 'pdf')).toBe('Kommuneplan (2026) for Åseral.pdf');
    // A shortened title still says it was cut.
    expect(fileNameFor('Planforum om felles… – referat 2026-12-06', 'pdf')).toBe('Planforum om felles… – referat 2026-12-06.pdf');
  });

  it('turns slashes, quotes and control characters into single spaces', () => {
    expect(fileNameFor('a/b\\c "d"\n\te', 'csv')).toBe('a b c d e.csv');
  });

  it('is never empty and never longer than 100 characters before the extension', () => {
    expect(fileNameFor('///', 'pdf')).toBe('tavle.pdf');
    expect(fileNameFor('', 'pdf', 'diagram')).toBe('diagram.pdf');
    expect(fileNameFor('x'.repeat(300), 'planrom.json')).toBe(`${'x'.repeat(100)}.planrom.json`);
  });
});

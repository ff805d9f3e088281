import { describe, expect, it } from 'vitest';
import { plainTextOf } from './canvas-plain-text';

const text = (value: string) => ({ type: 'text', text: value });

describe('plainTextOf', () => {
  it('gives a line per paragraph, heading and list item, keeping empty paragraphs', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', content: [text('Mål')] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [text('Felles '), text('arealstrategi')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('Statsforvalteren')] }] }] },
      ],
    };
    expect(plainTextOf(doc)).toBe('Mål\n\nFelles arealstrategi\nStatsforvalteren');
  });

  it('is empty for anything that is not rich text', () => {
    expect(plainTextOf(undefined)).toBe('');
    expect(plainTextOf('tekst')).toBe('');
  });
});

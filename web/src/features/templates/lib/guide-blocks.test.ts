import { describe, expect, it } from 'vitest';
import { templateIds } from '../../../../../shared/templates/index';
import { getTemplate } from '../../../../../shared/templates/build-template';
import { guideBlocks } from './guide-blocks';

describe('facilitator guide blocks', () => {
  it('keeps paragraphs and groups numbered lines into lists', () => {
    expect(guideBlocks('Målet for møtet.\n1. Innledning\n2. Hvorfor\n\nTil slutt.\n3. Etterpå')).toEqual([
      { kind: 'paragraph', text: 'Målet for møtet.' },
      { kind: 'steps', start: 1, items: ['Innledning', 'Hvorfor'] },
      { kind: 'paragraph', text: 'Til slutt.' },
      { kind: 'steps', start: 3, items: ['Etterpå'] },
    ]);
  });

  it.each([...templateIds])('reads every line of the guide of %s in both languages', (id) => {
    for (const language of ['nb', 'nn'] as const) {
      const guide = getTemplate(id).texts[language].facilitatorGuide;
      const blocks = guideBlocks(guide);
      const lines = blocks.reduce((n, block) => n + (block.kind === 'steps' ? block.items.length : 1), 0);
      expect(lines).toBe(guide.split('\n').filter((line) => line.trim()).length);
      expect(blocks.some((block) => block.kind === 'steps')).toBe(true);
    }
  });
});

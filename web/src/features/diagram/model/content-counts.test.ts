import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { nb, nn } from '../../../../../shared/i18n/index';
import { contentCounts } from './content-counts';

const instance = i18next.createInstance();
await instance.init({
  resources: { nb: { translation: nb }, nn: { translation: nn } },
  lng: 'nb',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

const content = (nodes: number, edges: number) => ({ nodes: Array.from({ length: nodes }), edges: Array.from({ length: edges }) });

describe('what a version of a diagram holds, in words', () => {
  it('speaks of boxes and links, not nodes, in bokmål', () => {
    const t = instance.getFixedT('nb');
    expect(t('diagram.history.preview-summary', contentCounts(content(38, 24), t))).toBe('Versjonen har 38 bokser og 24 koblinger.');
    expect(t('diagram.history.preview-summary', contentCounts(content(1, 1), t))).toBe('Versjonen har 1 boks og 1 kobling.');
  });

  it('and in nynorsk', () => {
    const t = instance.getFixedT('nn');
    expect(t('diagram.history.preview-summary', contentCounts(content(38, 0), t))).toBe('Versjonen har 38 boksar og 0 koplingar.');
    expect(t('diagram.import.confirm-json', contentCounts(content(1, 2), t))).toMatch(/^Diagramfila har 1 boks og 2 koplingar\. /);
  });
});

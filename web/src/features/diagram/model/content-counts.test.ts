import { describe, expect, it } from 'vitest';
import '../../../lib/diagram-texts';
import { i18n, initI18n } from '../../../lib/i18n';
import { contentCounts } from './content-counts';

// The app's own catalogues, as the editors have them.
initI18n('nb');

const content = (nodes: number, edges: number) => ({ nodes: Array.from({ length: nodes }), edges: Array.from({ length: edges }) });

describe('what a version of a diagram holds, in words', () => {
  it('speaks of boxes and links, not nodes, in bokmål', () => {
    const t = i18n.getFixedT('nb');
    expect(t('diagram.history.preview-summary', contentCounts(content(38, 24), t))).toBe('Versjonen har 38 bokser og 24 koblinger.');
    expect(t('diagram.history.preview-summary', contentCounts(content(1, 1), t))).toBe('Versjonen har 1 boks og 1 kobling.');
  });

  it('and in nynorsk', () => {
    const t = i18n.getFixedT('nn');
    expect(t('diagram.history.preview-summary', contentCounts(content(38, 0), t))).toBe('Versjonen har 38 boksar og 0 koplingar.');
    expect(t('diagram.import.confirm-json', contentCounts(content(1, 2), t))).toMatch(/^Diagramfila har 1 boks og 2 koplingar\. /);
  });
});

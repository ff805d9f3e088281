import { describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../../../lib/i18n';
import { describePreview } from './describe-preview';

// The app's own catalogues, as the editors have them.
initI18n('nb');

describe('the text alternative of a preview', () => {
  const summary = { areas: ['Hvorfor?', 'Hva?', 'Hvem?'], lanes: [], notes: 1, items: 5, connections: 0 };

  it('names the areas and counts what the board holds, in words', () => {
    expect(describePreview(i18n.getFixedT('nb'), 'Vårt formål', summary, 'nb')).toBe(
      'Forhåndsvisning av «Vårt formål»: feltene Hvorfor?, Hva? og Hvem?, 1 lapp og 5 figurer.',
    );
  });

  it('speaks nynorsk and names a process’s lanes', () => {
    const process = { areas: [], lanes: ['Kommunen', 'Forslagsstillar'], notes: 2, items: 20, connections: 1 };
    expect(describePreview(i18n.getFixedT('nn'), 'Ein felles planprosess', process, 'nn')).toBe(
      'Førehandsvising av «Ein felles planprosess»: banane Kommunen og Forslagsstillar, 2 lappar, 20 figurar og 1 pil.',
    );
  });

  it('says so when the board is empty', () => {
    expect(describePreview(i18n.getFixedT('nb'), 'Tom', { areas: [], lanes: [], notes: 0, items: 0, connections: 0 }, 'nb')).toBe(
      'Forhåndsvisning av «Tom»: en tom tavle.',
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from '../../../../../shared/diagram/diagram-document';
import '../../../lib/diagram-texts';
import { i18n, initI18n } from '../../../lib/i18n';
import { edgeAccessibleName, nodeAccessibleName, nodeTitle } from './labels';
import { edgeTexts, nodeTexts } from './node-texts';

const step = (title: string): DiagramNode =>
  ({
    id: 's1',
    type: 'prosessteg',
    position: { x: 0, y: 0 },
    data: { title, phase: 'oppstart', lane: 'Kommunen', legalRef: 'pbl. §  12-8', deadline: '', description: '' },
  }) as DiagramNode;
const actor: DiagramNode = {
  id: 'a1',
  type: 'aktor',
  position: { x: 0, y: 0 },
  data: { name: 'NVE', category: 'statlig', role: 'Innsigelse plan-ID', interest: 4, influence: 5, phases: [], contact: '', note: '' },
};
const edge: DiagramEdge = { id: 'e1', type: 'sekvens', source: 's1', target: 'a1', variantId: null, data: { label: '' } };

describe('node and edge texts', () => {
  beforeAll(() => initI18n('nb'));

  it('call a long note by its first words, with an ellipsis, not cut mid-word; the note itself shows all of it', () => {
    const t = i18n.getFixedT('nb');
    const text = 'Typiske aktører i fire grupper. Endre, slett og legg til slik det passer i regionen deres.\nAndre linje.';
    const note = { id: 'n1', type: 'fritekst', position: { x: 0, y: 0 }, data: { text } } as DiagramNode;
    expect(nodeTitle(note, t)).toBe('Typiske aktører i fire grupper. Endre, slett og legg til…');
    expect(nodeAccessibleName(note, t)).toContain('Typiske aktører i fire grupper. Endre, slett og legg til…');
    expect(nodeTexts(note, t).title).toBe(text);
  });

  it('are what the node shows and is called, made once per version of a node and language', () => {
    const t = i18n.getFixedT('nb');
    const node = step('Varsel om oppstart');
    const texts = nodeTexts(node, t);
    expect(texts).toMatchObject({ title: 'Varsel om oppstart', details: ['pbl. §\u00a012\u20118'], accessibleName: nodeAccessibleName(node, t) });
    expect(texts.kind).toMatch(/ · /);
    expect(nodeTexts(node, t)).toBe(texts);
    // A changed node is a new object in the read model: its texts are made again.
    expect(nodeTexts(step('Planprogram'), t).title).toBe('Planprogram');
    // Another language is another `t`.
    expect(nodeTexts(node, i18n.getFixedT('nn'))).not.toBe(texts);
    expect(nodeTexts(actor, t).details).toEqual(['Innsigelse plan\u2011ID', expect.stringContaining('4')]);
  });

  it('name an edge by its ends, made again when an end changed', () => {
    const t = i18n.getFixedT('nb');
    const source = step('Varsel om oppstart');
    const nodes = new Map([
      ['s1', source],
      ['a1', actor],
    ]);
    const texts = edgeTexts(edge, nodes, t);
    expect(texts.accessibleName).toBe(edgeAccessibleName(edge, nodes, t));
    expect(texts.accessibleName).toContain('Varsel om oppstart');
    expect(edgeTexts(edge, nodes, t)).toBe(texts);
    const renamed = new Map(nodes).set('s1', step('Planprogram'));
    expect(edgeTexts(edge, renamed, t).accessibleName).toContain('Planprogram');
  });
});

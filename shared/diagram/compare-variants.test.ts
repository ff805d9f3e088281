import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adoptRows, adoptStep, compareVariants, copyVariantContent, type ProcessNode } from './compare-variants';
import { diagramMaps, readDiagram, variantToY } from './diagram-ydoc';
import { liveDiagram } from './live-diagram-for-tests';

const step = (id: string, variantId: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'prosessteg',
  variantId,
  position: { x: Number(id.replace(/\D/g, '')) * 250, y: 0 },
  data: { title, phase: 'oppstart', lane: 'Planadministrasjonen', ...extra },
});

function setUp() {
  return liveDiagram({
    diagramType: 'planprosess',
    variants: [
      { id: 'felles', name: 'Felles praksis', isCommon: true },
      { id: 'farsund', name: 'Farsund', municipalityId: 'm1' },
    ],
    nodes: [
      step('c1', 'felles', 'Oppstartsmøte', { key: 'k1' }),
      step('c2', 'felles', 'Varsling', { key: 'k2', deadline: '6 uker' }),
      step('c3', 'felles', 'Planprogram', { key: 'k3' }),
      step('v1', 'farsund', 'Oppstartsmøte', { key: 'k1' }),
      step('v2', 'farsund', 'Varsling', { key: 'k2', deadline: '3 uker' }),
      step('v4', 'farsund', 'Dialogmøte med naboer'),
      step('v5', 'farsund', 'planprogram'),
    ],
    edges: [
      { id: 'e1', type: 'sekvens', source: 'v1', target: 'v4', variantId: 'farsund' },
      { id: 'e2', type: 'sekvens', source: 'v4', target: 'v2', variantId: 'farsund' },
    ],
  });
}

describe('comparing process variants', () => {
  it('says which steps are the same, differ, are missing or extra', () => {
    const { nodes } = readDiagram(setUp());
    const rows = compareVariants(nodes, 'felles', 'farsund');
    expect(rows.map((row) => [row.common?.id ?? null, row.variant?.id ?? null, row.status, row.differences])).toEqual([
      ['c1', 'v1', 'same', []],
      ['c2', 'v2', 'differs', ['deadline']],
      ['c3', 'v5', 'differs', ['title']],
      [null, 'v4', 'extra', []],
    ]);
    const noFarsund = compareVariants(
      nodes.filter((n) => n.id !== 'v1'),
      'felles',
      'farsund',
    );
    expect(noFarsund.find((row) => row.common?.id === 'c1')!.status).toBe('missing');
  });

  it('adopts an extra step into the common practice, joined to its neighbours there', () => {
    const doc = setUp();
    const before = readDiagram(doc);
    const extra = before.nodes.find((n) => n.id === 'v4') as ProcessNode;
    const newId = adoptStep(doc, before.nodes, before.edges, extra, 'felles');
    const after = readDiagram(doc);
    const adopted = after.nodes.find((n) => n.id === newId)!;
    expect(adopted).toMatchObject({ variantId: 'felles', data: { title: 'Dialogmøte med naboer', key: 'v4' } });
    const joined = after.edges.filter((e) => e.variantId === 'felles').map((e) => [e.source, e.target]);
    expect(joined).toHaveLength(2);
    expect(joined).toContainEqual(['c1', newId]);
    expect(joined).toContainEqual([newId, 'c2']);
    expect(compareVariants(after.nodes, 'felles', 'farsund').find((row) => row.variant?.id === 'v4')!.status).toBe('same');
  });

  it('adopts a differing step by updating the common one', () => {
    const doc = setUp();
    const before = readDiagram(doc);
    adoptStep(doc, before.nodes, before.edges, before.nodes.find((n) => n.id === 'v2') as ProcessNode, 'felles');
    const after = readDiagram(doc);
    expect(after.nodes.find((n) => n.id === 'c2')!.data).toMatchObject({ deadline: '3 uker' });
    expect(after.nodes).toHaveLength(before.nodes.length);
  });

  it('starts a new variant as a copy with the same keys', () => {
    const doc = setUp();
    diagramMaps(doc).variants.set('ny', variantToY({ id: 'ny', name: 'Lyngdal', municipalityId: 'm2', isCommon: false }));
    const before = readDiagram(doc);
    copyVariantContent(doc, before.nodes, before.edges, 'farsund', 'ny');
    const rows = compareVariants(readDiagram(doc).nodes, 'farsund', 'ny');
    expect(rows.every((row) => row.status === 'same')).toBe(true);
    expect(rows).toHaveLength(4);
  });
});

describe('adoptRows', () => {
  it('fills an empty variant with the whole common practice in one change, and takes a column back', () => {
    const doc = liveDiagram({
      diagramType: 'planprosess',
      variants: [
        { id: 'felles', name: 'Felles praksis', isCommon: true },
        { id: 'lyngdal', name: 'Lyngdal' },
      ],
      nodes: [
        {
          id: 'a',
          type: 'prosessteg',
          variantId: 'felles',
          position: { x: 0, y: 0 },
          data: { title: 'Planinitiativ', phase: 'forarbeid', lane: 'Forslagsstiller', legalRef: 'pbl § 12-8' },
        },
        {
          id: 'b',
          type: 'avklaringspunkt',
          variantId: 'felles',
          position: { x: 300, y: 0 },
          data: { question: 'Stoppe?', phase: 'oppstart', lane: 'Kommunen' },
        },
        { id: 'c', type: 'prosessteg', variantId: 'felles', position: { x: 600, y: 0 }, data: { title: 'Varsling', phase: 'oppstart', lane: 'Kommunen' } },
      ],
      edges: [
        { id: 'ab', type: 'sekvens', source: 'a', target: 'b', variantId: 'felles' },
        { id: 'bc', type: 'sekvens', source: 'b', target: 'c', variantId: 'felles' },
      ],
    });
    let document = readDiagram(doc);
    const updates: unknown[] = [];
    doc.on('update', (update: unknown) => updates.push(update));
    const rows = compareVariants(document.nodes, 'felles', 'lyngdal');
    expect(adoptRows(doc, document.nodes, document.edges, rows, { common: 'felles', variant: 'lyngdal' }, 'variant')).toBe(3);
    expect(updates).toHaveLength(1);
    document = readDiagram(doc);
    expect(compareVariants(document.nodes, 'felles', 'lyngdal').map((row) => row.status)).toEqual(['same', 'same', 'same']);
    expect(document.edges.filter((edge) => edge.variantId === 'lyngdal')).toHaveLength(2);

    // The municipality changes a step and adds one; the whole column goes into the common practice.
    const lyngdalStep = document.nodes.find((node) => node.variantId === 'lyngdal' && node.type === 'prosessteg' && node.data.title === 'Varsling')!;
    doc.transact(() => {
      const data = doc.getMap<Y.Map<unknown>>('nodes').get(lyngdalStep.id)!.get('data') as Y.Map<unknown>;
      data.set('title', 'Varsling og kunngjøring');
    });
    document = readDiagram(doc);
    const column = compareVariants(document.nodes, 'felles', 'lyngdal').filter((row) => row.status === 'differs' || row.status === 'extra');
    expect(adoptRows(doc, document.nodes, document.edges, column, { common: 'felles', variant: 'lyngdal' }, 'common')).toBe(1);
    document = readDiagram(doc);
    expect(compareVariants(document.nodes, 'felles', 'lyngdal').every((row) => row.status === 'same')).toBe(true);
  });
});

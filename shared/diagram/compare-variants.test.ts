import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { adoptStep, compareVariants, copyVariantContent, type ProcessNode } from './compare-variants';
import { diagramDocumentSchema } from './diagram-document';
import { diagramMaps, readDiagram, replaceDiagram, variantToY } from './diagram-ydoc';

const step = (id: string, variantId: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'prosessteg',
  variantId,
  position: { x: Number(id.replace(/\D/g, '')) * 250, y: 0 },
  data: { title, phase: 'oppstart', lane: 'Planadministrasjonen', ...extra },
});

function setUp() {
  const doc = new Y.Doc();
  replaceDiagram(
    doc,
    diagramDocumentSchema.parse({
      format: 'planrom-diagram',
      version: 1,
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
    }),
  );
  return doc;
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
    const noFarsund = compareVariants(nodes.filter((n) => n.id !== 'v1'), 'felles', 'farsund');
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

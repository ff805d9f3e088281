import { describe, expect, it } from 'vitest';
import { diagramDocumentSchema } from './diagram-document';

const base = { format: 'planrom-diagram', version: 1, diagramType: 'aktorkart' } as const;
const actor = (id: string, data: Record<string, unknown> = {}) => ({
  id,
  type: 'aktor',
  position: { x: 0, y: 0 },
  data: { name: `Aktør ${id}`, category: 'statlig', ...data },
});

describe('the diagram format', () => {
  it('fills defaults so a short hand-written file is enough', () => {
    const parsed = diagramDocumentSchema.parse({ ...base, nodes: [actor('a')] });
    expect(parsed.nodes[0]!.data).toEqual({ name: 'Aktør a', category: 'statlig', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' });
    expect(parsed.edges).toEqual([]);
  });

  it('reports each problem with its path', () => {
    const result = diagramDocumentSchema.safeParse({
      ...base,
      nodes: [actor('a', { interest: 9 }), actor('a'), { ...actor('c'), parentId: 'a' }],
      edges: [
        { id: 'e1', type: 'relasjon', source: 'a', target: 'zz', data: { relation: 'informerer' } },
        { id: 'e2', type: 'relasjon', source: 'a', target: 'c' },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['nodes.0.data.interest', 'edges.1.data.relation']));
    const again = diagramDocumentSchema.safeParse({
      ...base,
      nodes: [actor('a'), actor('a'), { ...actor('c'), parentId: 'a' }],
      edges: [{ id: 'e1', type: 'sekvens', source: 'a', target: 'zz' }],
    });
    expect(again.error!.issues.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['nodes.1.id', 'nodes.2.parentId', 'edges.0.target']));
  });

  it('refuses unknown fields, types and a second common practice', () => {
    expect(diagramDocumentSchema.safeParse({ ...base, nodes: [{ ...actor('a'), colour: 'red' }] }).success).toBe(false);
    expect(diagramDocumentSchema.safeParse({ ...base, nodes: [{ ...actor('a'), type: 'sky' }] }).success).toBe(false);
    const twoCommon = diagramDocumentSchema.safeParse({
      ...base,
      diagramType: 'planprosess',
      variants: [
        { id: 'x', name: 'Felles', isCommon: true },
        { id: 'y', name: 'Også felles', isCommon: true },
      ],
      nodes: [],
    });
    expect(twoCommon.success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramDocumentSchema, type DiagramDocument } from './diagram-document';
import { diagramMaps, nodeToY, readDiagram, replaceDiagram, upsertNodes } from './diagram-ydoc';

const sample: DiagramDocument = diagramDocumentSchema.parse({
  format: 'planrom-diagram',
  version: 1,
  diagramType: 'planprosess',
  variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
  nodes: [
    {
      id: 'a',
      type: 'prosessteg',
      position: { x: 0, y: 0 },
      variantId: 'felles',
      data: { title: 'Planinitiativ', phase: 'forarbeid', lane: 'Forslagsstiller', legalRef: 'pbl § 12-8' },
    },
    { id: 'b', type: 'avklaringspunkt', position: { x: 300, y: 0 }, variantId: 'felles', data: { question: 'Stopp eller gå?', phase: 'oppstart' } },
    { id: 'g', type: 'gruppe', position: { x: -50, y: -50 }, size: { width: 600, height: 300 }, data: { label: 'Start' } },
    { id: 'n', type: 'fritekst', position: { x: 10, y: 10 }, parentId: 'g', data: { text: 'Husk KU' } },
  ],
  edges: [{ id: 'e', type: 'sekvens', source: 'a', target: 'b', variantId: 'felles' }],
});

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('diagram in a Yjs document', () => {
  it('round-trips a document', () => {
    const doc = new Y.Doc();
    replaceDiagram(doc, sample);
    expect(readDiagram(doc)).toEqual(sample);
    expect(diagramDocumentSchema.safeParse(readDiagram(doc)).success).toBe(true);
  });

  it('keeps both of two concurrent edits to different fields of one node', () => {
    const one = new Y.Doc();
    replaceDiagram(one, sample);
    const two = new Y.Doc();
    sync(one, two);
    (diagramMaps(one).nodes.get('a')!.get('data') as Y.Map<unknown>).set('title', 'Planinitiativ (endret)');
    (diagramMaps(two).nodes.get('a')!.get('data') as Y.Map<unknown>).set('lane', 'Plankonsulent');
    diagramMaps(two).nodes.get('a')!.set('position', { x: 5, y: 6 });
    sync(one, two);
    for (const doc of [one, two]) {
      const node = readDiagram(doc).nodes.find((n) => n.id === 'a')!;
      expect(node.data).toMatchObject({ title: 'Planinitiativ (endret)', lane: 'Plankonsulent' });
      expect(node.position).toEqual({ x: 5, y: 6 });
    }
  });

  it('replaces only what differs, so a concurrent edit elsewhere survives a restore', () => {
    const one = new Y.Doc();
    replaceDiagram(one, sample);
    const two = new Y.Doc();
    sync(one, two);
    const changed = structuredClone(sample);
    changed.nodes = changed.nodes.filter((n) => n.id !== 'b');
    changed.edges = [];
    replaceDiagram(one, changed);
    (diagramMaps(two).nodes.get('a')!.get('data') as Y.Map<unknown>).set('deadline', '3 uker');
    sync(one, two);
    const result = readDiagram(two);
    expect(result.nodes.map((n) => n.id).sort()).toEqual(['a', 'g', 'n']);
    expect(result.nodes.find((n) => n.id === 'a')!.data).toMatchObject({ deadline: '3 uker' });
  });

  it('leaves out malformed nodes and dangling edges instead of failing', () => {
    const doc = new Y.Doc();
    replaceDiagram(doc, sample);
    const { nodes, edges } = diagramMaps(doc);
    const broken = new Y.Map<unknown>();
    broken.set('type', 'aktor');
    broken.set('position', 'here');
    nodes.set('broken', broken);
    nodes.delete('b');
    const stray = new Y.Map<unknown>();
    edges.set('stray', stray);
    const read = readDiagram(doc);
    expect(read.nodes.map((n) => n.id).sort()).toEqual(['a', 'g', 'n']);
    expect(read.edges).toEqual([]);
    expect(diagramDocumentSchema.safeParse(read).success).toBe(true);
  });

  it('reads empty fields, data written as a plain object and a stray id as the format has them', () => {
    const doc = new Y.Doc();
    const { nodes, edges } = diagramMaps(doc);
    const step = new Y.Map<unknown>();
    nodes.set('s', step);
    step.set('id', 'somewhere-else');
    step.set('type', 'prosessteg');
    step.set('position', { x: 1, y: 2 });
    step.set('size', null);
    step.set('parentId', null);
    step.set('gone', 'soon');
    step.delete('gone');
    const data = new Y.Map<unknown>();
    step.set('data', data);
    data.set('title', 'Varsel om oppstart');
    data.set('phase', 'oppstart');
    data.set('lane', null);
    const note = new Y.Map<unknown>();
    nodes.set('n', note);
    note.set('type', 'fritekst');
    note.set('position', { x: 0, y: 0 });
    note.set('data', { text: 'Husk KU', stale: null });
    const edge = new Y.Map<unknown>();
    edges.set('e', edge);
    edge.set('type', 'sekvens');
    edge.set('source', 's');
    edge.set('target', 'n');
    edge.set('variantId', null);
    edge.set('data', 'not a record');
    const read = readDiagram(doc);
    expect(read.nodes).toEqual([
      {
        id: 's',
        type: 'prosessteg',
        position: { x: 1, y: 2 },
        data: { title: 'Varsel om oppstart', phase: 'oppstart', lane: '', legalRef: '', deadline: '', description: '' },
      },
      { id: 'n', type: 'fritekst', position: { x: 0, y: 0 }, data: { text: 'Husk KU' } },
    ]);
    expect(read.edges).toEqual([{ id: 'e', type: 'sekvens', source: 's', target: 'n', data: { label: '' } }]);
  });

  it('upserts actors without moving existing ones', () => {
    const doc = new Y.Doc();
    diagramMaps(doc).nodes.set(
      'x',
      nodeToY({
        id: 'x',
        type: 'aktor',
        position: { x: 7, y: 8 },
        data: { name: 'NVE', category: 'statlig', role: '', interest: 2, influence: 4, phases: [], contact: '', note: 'behold' },
      }),
    );
    upsertNodes(doc, [
      {
        id: 'x',
        type: 'aktor',
        position: { x: 0, y: 0 },
        data: { name: 'NVE', category: 'statlig', role: 'Høringsinstans', interest: 3, influence: 4, phases: ['horing'], contact: '', note: 'behold' },
      },
    ]);
    const node = readDiagram(doc).nodes[0]!;
    expect(node.position).toEqual({ x: 7, y: 8 });
    expect(node.data).toMatchObject({ role: 'Høringsinstans', interest: 3, phases: ['horing'] });
  });
});

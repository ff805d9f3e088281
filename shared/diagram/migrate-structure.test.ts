import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { buildDiagramTemplate } from '../templates/diagram/build-diagram-template';
import { diagramDocumentSchema, type DiagramDocumentInput } from './diagram-document';
import { readDiagram, replaceDiagram } from './diagram-ydoc';
import { isOldStructure, migrateOldStructure } from './migrate-structure';
import { structureTree } from './structure-tree';

/** A board as "En digital struktur" version 1 built it: nested frames with notes inside, typed as an actor map. */
const oldBoard: DiagramDocumentInput = {
  format: 'planrom-diagram',
  version: 1,
  diagramType: 'aktorkart',
  nodes: [
    { id: 'merknad', type: 'fritekst', position: { x: 0, y: -200 }, size: { width: 320, height: 130 }, data: { text: 'Et arbeidsrom, ikke et arkiv.' } },
    { id: 'rom', type: 'gruppe', position: { x: 0, y: 0 }, size: { width: 900, height: 500 }, data: { label: 'Felles digitalt rom' } },
    { id: 'plansaker', type: 'gruppe', parentId: 'rom', position: { x: 20, y: 50 }, size: { width: 300, height: 400 }, data: { label: 'Plansaker' } },
    { id: 'farsund', type: 'gruppe', parentId: 'plansaker', position: { x: 20, y: 50 }, size: { width: 280, height: 200 }, data: { label: 'Farsund' } },
    {
      id: 'farsund-innhold',
      type: 'fritekst',
      parentId: 'farsund',
      position: { x: 20, y: 50 },
      size: { width: 260, height: 80 },
      data: { text: 'Én mappe per plansak' },
    },
    { id: 'moter', type: 'gruppe', parentId: 'rom', position: { x: 340, y: 50 }, size: { width: 300, height: 200 }, data: { label: 'Møter' } },
    { id: 'moter-1', type: 'fritekst', parentId: 'moter', position: { x: 20, y: 50 }, size: { width: 260, height: 80 }, data: { text: 'Møteplan og årshjul' } },
  ],
};

const load = (input: DiagramDocumentInput) => {
  const doc = new Y.Doc();
  replaceDiagram(doc, diagramDocumentSchema.parse(input));
  return doc;
};

describe('migrating boards of the old digital structure', () => {
  it('turns frames into channels and folders and notes in them into documents, as a tree', () => {
    const doc = load(oldBoard);
    expect(isOldStructure(doc)).toBe(true);
    expect(migrateOldStructure(doc)).toBe(true);
    const after = readDiagram(doc);
    expect(after.diagramType).toBe('struktur');
    const type = (id: string) => after.nodes.find((node) => node.id === id);
    expect(type('rom')).toMatchObject({ type: 'mappe', data: { name: 'Felles digitalt rom', kind: 'mappe' } });
    expect(type('plansaker')).toMatchObject({ type: 'mappe', data: { name: 'Plansaker', kind: 'kanal' } });
    expect(type('farsund')).toMatchObject({ type: 'mappe', data: { name: 'Farsund', kind: 'mappe' } });
    expect(type('farsund-innhold')).toMatchObject({ type: 'dokument', data: { name: 'Én mappe per plansak', status: '' } });
    expect(type('merknad')).toMatchObject({ type: 'fritekst' });
    const tree = structureTree(after.nodes, after.edges);
    expect(tree.roots).toEqual(['rom']);
    expect(tree.children.get('rom')).toEqual(['plansaker', 'moter']);
    expect(tree.children.get('farsund')).toEqual(['farsund-innhold']);
    // Passes the format, and a second run changes nothing.
    expect(diagramDocumentSchema.safeParse(after).success).toBe(true);
    expect(migrateOldStructure(doc)).toBe(false);
  });

  it('leaves actor maps, plan processes and new structures alone', () => {
    const actorMap = load({
      ...oldBoard,
      nodes: [...oldBoard.nodes, { id: 'nve', type: 'aktor', position: { x: 0, y: 0 }, data: { name: 'NVE', category: 'statlig' } }],
    });
    expect(migrateOldStructure(actorMap)).toBe(false);
    const fresh = new Y.Doc();
    replaceDiagram(
      fresh,
      buildDiagramTemplate(
        { kind: 'struktur', entries: [{ kind: 'folder', key: 'rom', parent: null, label: { nb: 'Rom', nn: 'Rom' } }], notes: [] },
        { language: 'nb', municipalities: [], title: 'x' },
      ),
    );
    expect(migrateOldStructure(fresh)).toBe(false);
  });
});

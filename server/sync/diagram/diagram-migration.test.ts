import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramDocumentSchema } from '../../../shared/diagram/diagram-document';
import { readDiagram, replaceDiagram } from '../../../shared/diagram/diagram-ydoc';
import { openDiagramStorageDatabase } from '../../test/diagram-storage-database';
import { DiagramRoom } from './diagram-room';
import type { DiagramStorage } from './diagram-storage';

describe('diagram rooms bring old boards up to date when they load', () => {
  let database: Awaited<ReturnType<typeof openDiagramStorageDatabase>>;
  let storage: DiagramStorage;
  const boardId = '00000000-0000-4000-8000-000000000001';

  beforeAll(async () => {
    database = await openDiagramStorageDatabase('diagram-migration');
    await database.addBoard(boardId, { title: 'En digital struktur', templateId: 'en-digital-struktur' });
    storage = database.storage;
  });
  afterAll(() => database.close());

  it('stores a digital structure of the old kind as a structure once, and loads it as such after', () => {
    const old = new Y.Doc();
    replaceDiagram(
      old,
      diagramDocumentSchema.parse({
        format: 'planrom-diagram',
        version: 1,
        diagramType: 'aktorkart',
        nodes: [
          { id: 'rom', type: 'gruppe', position: { x: 0, y: 0 }, size: { width: 600, height: 300 }, data: { label: 'Felles digitalt rom' } },
          { id: 'generelt', type: 'gruppe', parentId: 'rom', position: { x: 20, y: 50 }, size: { width: 300, height: 200 }, data: { label: 'Generelt' } },
          {
            id: 'generelt-1',
            type: 'fritekst',
            parentId: 'generelt',
            position: { x: 20, y: 50 },
            size: { width: 260, height: 80 },
            data: { text: 'Beskjeder og spørsmål' },
          },
        ],
      }),
    );
    storage.append(boardId, Y.encodeStateAsUpdate(old), { id: null, name: null });

    const room = new DiagramRoom(boardId, storage);
    const migrated = readDiagram(room.doc);
    expect(migrated.diagramType).toBe('struktur');
    expect(migrated.nodes.map((node) => [node.id, node.type]).sort()).toEqual([
      ['generelt', 'mappe'],
      ['generelt-1', 'dokument'],
      ['rom', 'mappe'],
    ]);
    expect(migrated.edges).toHaveLength(2);
    room.destroy();

    // Stored: a second load reads the structure and changes nothing more.
    const before = storage.load(boardId).updates.length;
    const again = new DiagramRoom(boardId, storage);
    expect(readDiagram(again.doc)).toEqual(migrated);
    expect(storage.load(boardId).updates.length).toBe(before);
    again.destroy();
  });
});

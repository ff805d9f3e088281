import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramMaps } from './diagram-ydoc';
import { documentVersion, isAtVersion } from './document-version';
import { liveDiagram } from './live-diagram-for-tests';

function board(): Y.Doc {
  return liveDiagram({
    diagramType: 'aktorkart',
    nodes: [
      { id: 'a', type: 'aktor', position: { x: 0, y: 0 }, data: { name: 'Kommunen', category: 'internt' } },
      { id: 'b', type: 'aktor', position: { x: 200, y: 0 }, data: { name: 'Fylket', category: 'regionalt' } },
    ],
  });
}

describe('documentVersion', () => {
  it('is the same for a copy of the document sent over the wire, so its content need not be read again', () => {
    const server = board();
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(isAtVersion(client, documentVersion(server))).toBe(true);
  });

  it('is the same for a board with a history of changes and deletions by several people, also after the server reloaded it', () => {
    const server = board();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    (diagramMaps(other).nodes.get('a')!.get('data') as Y.Map<unknown>).set('name', 'Kommunen (plan)');
    diagramMaps(other).nodes.delete('b');
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    diagramMaps(server).nodes.get('a')!.set('position', { x: 40, y: 40 });
    const reloaded = new Y.Doc();
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(server));
    for (const doc of [server, reloaded]) {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(doc));
      expect(isAtVersion(client, documentVersion(doc))).toBe(true);
    }
  });

  it('differs once anything was added, changed or deleted', () => {
    const server = board();
    const before = documentVersion(server);
    const changed = (change: (doc: Y.Doc) => void) => {
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      change(client);
      return isAtVersion(client, before);
    };
    expect(changed((doc) => (diagramMaps(doc).nodes.get('a')!.get('data') as Y.Map<unknown>).set('name', 'Kommunen (plan)'))).toBe(false);
    // A deletion adds nothing to the state vector: the delete set tells it.
    expect(changed((doc) => diagramMaps(doc).nodes.delete('b'))).toBe(false);
    expect(changed(() => {})).toBe(true);
  });

  it('is false for an empty document and for text that is no version', () => {
    const version = documentVersion(board());
    expect(isAtVersion(new Y.Doc(), version)).toBe(false);
    expect(isAtVersion(board(), 'ikke en versjon')).toBe(false);
    expect(isAtVersion(board(), '')).toBe(false);
  });
});

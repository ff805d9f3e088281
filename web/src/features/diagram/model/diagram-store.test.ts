import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramDocumentSchema, type DiagramDocument } from '../../../../../shared/diagram/diagram-document';
import { diagramMaps, readDiagram, replaceDiagram } from '../../../../../shared/diagram/diagram-ydoc';
import { documentVersion } from '../../../../../shared/diagram/document-version';
import { DiagramStore, type StoredDiagram } from './diagram-store';

/** A plan process with a group, a step in it, a clarification point, an edge and a variant. */
const process: DiagramDocument = diagramDocumentSchema.parse({
  format: 'planrom-diagram',
  version: 1,
  diagramType: 'planprosess',
  variants: [{ id: 'felles', name: 'Felles praksis', isCommon: true }],
  nodes: [
    { id: 'g1', type: 'gruppe', position: { x: 0, y: 0 }, size: { width: 600, height: 300 }, variantId: 'felles', data: { label: 'Oppstart' } },
    { id: 's1', type: 'prosessteg', position: { x: 20, y: 40 }, parentId: 'g1', variantId: 'felles', data: { title: 'Planinitiativ', phase: 'oppstart' } },
    {
      id: 's2',
      type: 'avklaringspunkt',
      position: { x: 300, y: 40 },
      variantId: 'felles',
      pinned: true,
      data: { question: 'Stopp eller gå?', phase: 'oppstart' },
    },
  ],
  edges: [{ id: 'e1', type: 'sekvens', source: 's1', target: 's2', variantId: 'felles' }],
});

/** The server's live document, and its content as a board page gets it (JSON over HTTP), with its version. */
function serverBoard() {
  const doc = new Y.Doc();
  replaceDiagram(doc, process);
  const stored = JSON.parse(JSON.stringify({ ...readDiagram(doc), liveVersion: documentVersion(doc) })) as StoredDiagram;
  return { doc, stored };
}

/** The stored content's step s1 with another title than the live document's. */
function withStepTitle(stored: StoredDiagram, title: string): StoredDiagram {
  return { ...stored, nodes: stored.nodes.map((node) => (node.id === 's1' ? { ...node, data: { ...node.data, title } } : node)) } as StoredDiagram;
}

describe('DiagramStore with the stored content drawn first', () => {
  it('shows the stored content before the live document has arrived, read-only by its flag', () => {
    const { stored } = serverBoard();
    const store = new DiagramStore(new Y.Doc(), stored);
    const snapshot = store.getSnapshot();
    expect(snapshot.stored).toBe(true);
    expect(store.showsStored).toBe(true);
    expect(snapshot.diagramType).toBe('planprosess');
    expect(snapshot.nodes.map((node) => node.id)).toEqual(['g1', 's1', 's2']);
    expect(snapshot.edges.map((edge) => edge.id)).toEqual(['e1']);
    expect(snapshot.commonVariant?.id).toBe('felles');
  });

  it.each([
    ['at the content version, without reading it', true],
    ['without a version, after comparing each node', false],
  ])('keeps every node, edge and list the same objects when the same content arrives live (%s), so nothing drawn renders again', (_, withVersion) => {
    const { doc: server, stored } = serverBoard();
    const doc = new Y.Doc();
    const store = new DiagramStore(doc, withVersion ? stored : { ...stored, liveVersion: undefined });
    const before = store.getSnapshot();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    expect(store.getSnapshot()).toBe(before);
    expect(notified).toBe(0);
    store.showLive();
    const live = store.getSnapshot();
    expect(notified).toBe(1);
    expect(live.stored).toBe(false);
    expect(live.nodes).toBe(before.nodes);
    expect(live.edges).toBe(before.edges);
    expect(live.variants).toBe(before.variants);
    expect(live.nodes.every((node, index) => node === before.nodes[index])).toBe(true);
  });

  it('takes what changed since the content was stored, and drops what the live document no longer has', () => {
    const { doc: server, stored } = serverBoard();
    const maps = diagramMaps(server);
    server.transact(() => {
      (maps.nodes.get('s1')!.get('data') as Y.Map<unknown>).set('title', 'Planinitiativ mottatt');
      maps.edges.delete('e1');
      maps.nodes.delete('s2');
    });
    const doc = new Y.Doc();
    const store = new DiagramStore(doc, stored);
    const before = store.getSnapshot();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    // Nothing of the live document is read before all of it is in (showLive).
    expect(store.getSnapshot()).toBe(before);
    store.showLive();
    const live = store.getSnapshot();
    expect(live.nodes.map((node) => node.id)).toEqual(['g1', 's1']);
    expect(live.edges).toEqual([]);
    expect(live.nodeById.get('g1')).toBe(before.nodeById.get('g1'));
    expect(live.nodeById.get('s1')).not.toBe(before.nodeById.get('s1'));
  });

  it('trusts the version: at it, the live document is not read at all; at another, it is', () => {
    const { doc: server, stored } = serverBoard();
    // Content that says it is of this version is taken as the live document's: nothing is read.
    // (Content and version never disagree from the server; here they do, to show no read was made.)
    const doc = new Y.Doc();
    const trusting = new DiagramStore(doc, withStepTitle(stored, 'Lest fra innholdet'));
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    trusting.showLive();
    expect(trusting.getSnapshot().nodeById.get('s1')?.data).toMatchObject({ title: 'Lest fra innholdet' });
    // Changed after the content was read: another version, so the live document is read.
    const laterDoc = new Y.Doc();
    const later = new DiagramStore(laterDoc, withStepTitle(stored, 'Lest fra innholdet'));
    (diagramMaps(server).nodes.get('s2')!.get('data') as Y.Map<unknown>).set('question', 'Videre?');
    Y.applyUpdate(laterDoc, Y.encodeStateAsUpdate(server));
    later.showLive();
    expect(later.getSnapshot().nodeById.get('s1')?.data).toMatchObject({ title: 'Planinitiativ' });
    expect(later.getSnapshot().nodeById.get('s2')?.data).toMatchObject({ question: 'Videre?' });
  });

  it('reads the diagram type from the live document once it is there', () => {
    const { stored } = serverBoard();
    const doc = new Y.Doc();
    const store = new DiagramStore(doc, { ...stored, diagramType: 'aktorkart' });
    expect(store.getSnapshot().diagramType).toBe('aktorkart');
    const server = new Y.Doc();
    replaceDiagram(server, process);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    store.showLive();
    expect(store.getSnapshot().diagramType).toBe('planprosess');
  });

  it('without stored content reads the document as before, and a change that changed nothing keeps the node', () => {
    const { doc: server } = serverBoard();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
    const store = new DiagramStore(doc);
    const before = store.getSnapshot();
    expect(before.stored).toBe(false);
    expect(before.nodes).toHaveLength(3);
    (diagramMaps(doc).nodes.get('s1')!.get('data') as Y.Map<unknown>).set('title', 'Planinitiativ');
    expect(store.getSnapshot()).toBe(before);
  });
});

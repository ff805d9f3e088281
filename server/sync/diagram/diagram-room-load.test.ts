import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diagramMaps, readDiagram } from '../../../shared/diagram/diagram-ydoc';
import { liveDiagram } from '../../../shared/diagram/live-diagram-for-tests';
import { closeCodes } from '../../../shared/sync/close-codes';
import { diagramMessageType } from '../../../shared/sync/diagram-protocol';
import { openDiagramStorageDatabase } from '../../test/diagram-storage-database';
import { DiagramRoom, type DiagramConnection } from './diagram-room';
import type { DiagramStorage } from './diagram-storage';

/** A connection that keeps what it was sent and how it was closed. */
function connection(access: 'read' | 'write' = 'write') {
  const sent: Uint8Array[] = [];
  const closed: number[] = [];
  const client: DiagramConnection = {
    access,
    author: { id: 'u1', name: 'Ada' },
    user: { id: 'u1', name: 'Ada', color: '#000' },
    send: (message) => sent.push(message),
    close: (code) => closed.push(code),
  };
  return { client, sent, closed };
}

/** The document a sync step 2 message carries. */
function step2Payload(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  expect(decoding.readVarUint(decoder)).toBe(diagramMessageType.sync);
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2);
  return decoding.readVarUint8Array(decoder);
}

function actorMap(count: number): Y.Doc {
  return liveDiagram({
    diagramType: 'aktorkart',
    nodes: Array.from({ length: count }, (_, i) => ({
      id: `a${i}`,
      type: 'aktor',
      position: { x: i * 10, y: 0 },
      data: { name: `Aktør ${i}`, category: 'statlig' },
    })),
  });
}

describe('a diagram room loading a board', () => {
  let database: Awaited<ReturnType<typeof openDiagramStorageDatabase>>;
  let storage: DiagramStorage;
  let boardNumber = 0;

  async function newBoard(): Promise<string> {
    boardNumber += 1;
    const id = `00000000-0000-4000-8000-${String(boardNumber).padStart(12, '0')}`;
    await database.addBoard(id, { title: `Tavle ${boardNumber}` });
    return id;
  }

  beforeAll(async () => {
    database = await openDiagramStorageDatabase('diagram-room-load');
    storage = database.storage;
  });
  afterAll(() => database.close());

  it('sends a board stored as one snapshot to its first client as stored, takes a change made at once on top of it, and stores that change', async () => {
    const boardId = await newBoard();
    const original = actorMap(50);
    const snapshot = Y.encodeStateAsUpdate(original);
    storage.writeSnapshot(boardId, snapshot, 0, { reason: 'compaction', authorNames: [] });

    const room = new DiagramRoom(boardId, storage);
    const first = connection();
    room.join(first.client);
    // The stored bytes themselves, not the document encoded again after applying them.
    expect(first.sent).toHaveLength(2);
    expect(Buffer.from(step2Payload(first.sent[1]!)).equals(Buffer.from(snapshot))).toBe(true);
    // Sent before the room applied it: the document its presence belongs to is still empty.
    expect(diagramMaps(room.awareness.doc).nodes.size).toBe(0);

    // The client changes something before the room has had a turn to apply what it stored.
    const client = new Y.Doc();
    Y.applyUpdate(client, step2Payload(first.sent[1]!));
    const before = Y.encodeStateVector(client);
    diagramMaps(client).nodes.delete('a7');
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, diagramMessageType.sync);
    syncProtocol.writeUpdate(message, Y.encodeStateAsUpdate(client, before));
    room.receive(first.client, encoding.toUint8Array(message));

    const expected = readDiagram(client);
    expect(expected.nodes).toHaveLength(49);
    expect(readDiagram(room.doc)).toEqual(expected);
    await new Promise((resolve) => setImmediate(resolve));
    expect(readDiagram(room.doc)).toEqual(expected);
    // Stored as one more update after the snapshot: a new load reads the same board.
    const stored = storage.load(boardId);
    expect(stored.updates).toHaveLength(2);
    const reloaded = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(reloaded, update);
    expect(readDiagram(reloaded)).toEqual(expected);

    // A second client joins the changed room and is sent the changed board.
    const second = connection('read');
    room.join(second.client);
    const seen = new Y.Doc();
    Y.applyUpdate(seen, step2Payload(second.sent[1]!));
    expect(readDiagram(seen)).toEqual(expected);
    room.destroy();
  });

  it('closes the room, and the server goes on, when a stored snapshot cannot be applied', async () => {
    const boardId = await newBoard();
    // Bytes whose state vector reads, but which are no update Yjs can apply.
    const broken = Uint8Array.from({ length: 50 }, (_, i) => (i * 37) % 256);
    expect(() => Y.applyUpdate(new Y.Doc(), broken)).toThrow();
    storage.writeSnapshot(boardId, broken, 0, { reason: 'compaction', authorNames: [] });

    let dropped = false;
    const room = new DiagramRoom(boardId, storage, {}, () => {
      dropped = true;
    });
    const first = connection();
    room.join(first.client);
    await new Promise((resolve) => setImmediate(resolve));
    expect(dropped).toBe(true);
    expect(room.broken).toBe(true);
    expect(first.closed).toEqual([closeCodes.serverRestart]);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { diagramMessageType } from './diagram-protocol';
import { DiagramProvider, type SocketLike } from './diagram-provider';

/** A socket that is open at once and keeps what the provider sends. */
function fakeSocket() {
  const sent: Uint8Array[] = [];
  const socket: SocketLike = {
    binaryType: 'arraybuffer',
    readyState: 1,
    send: (data) => void sent.push(data as Uint8Array),
    close() {},
    onopen: null,
    onmessage: null,
    onclose: null,
    onerror: null,
  };
  queueMicrotask(() => socket.onopen?.({}));
  return { socket, sent };
}

/** The Yjs updates among the provider's messages (not its sync steps or presence). */
function updatesIn(sent: Uint8Array[]): Uint8Array[] {
  return sent.flatMap((message) => {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== diagramMessageType.sync) return [];
    return decoding.readVarUint(decoder) === syncProtocol.messageYjsUpdate ? [decoding.readVarUint8Array(decoder)] : [];
  });
}

/** The server's answer to the provider's step 1: everything it has. */
function serverStep2(server: Y.Doc): ArrayBuffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, diagramMessageType.sync);
  syncProtocol.writeSyncStep2(encoder, server);
  return encoding.toUint8Array(encoder).slice().buffer;
}

async function connected() {
  const doc = new Y.Doc();
  const { socket, sent } = fakeSocket();
  const provider = new DiagramProvider(doc, { url: 'ws://planrom.test/sync', createSocket: () => socket });
  await new Promise((resolve) => setTimeout(resolve, 0));
  // Every event the document emits, by name, from here on.
  const emitted: string[] = [];
  const emit = doc.emit.bind(doc);
  doc.emit = (name, args) => {
    emitted.push(name);
    emit(name, args);
  };
  return { doc, socket, sent, provider, emitted };
}

describe('the diagram provider', () => {
  it('sends an edit made here as an update the server can apply', async () => {
    const { doc, sent, provider } = await connected();
    doc.getMap('nodes').set('a', 'Oppstart');
    const [update] = updatesIn(sent);
    const server = new Y.Doc();
    Y.applyUpdate(server, update!);
    expect(server.getMap('nodes').get('a')).toBe('Oppstart');
    provider.destroy();
  });

  it('makes Yjs encode nothing for the board the server sends, and still sends the edits made after it', async () => {
    const { doc, socket, sent, provider, emitted } = await connected();
    const server = new Y.Doc();
    for (let i = 0; i < 200; i += 1) server.getMap('nodes').set(`n${i}`, `Steg ${i}`);
    socket.onmessage?.({ data: serverStep2(server) });
    expect(doc.getMap('nodes').size).toBe(200);
    expect(provider.synced).toBe(true);
    // Yjs emits (and before that encodes) an update only while someone listens for one.
    expect(emitted).not.toContain('update');
    expect(updatesIn(sent)).toEqual([]);

    doc.getMap('nodes').set('n0', 'Varsel om oppstart');
    const updates = updatesIn(sent);
    expect(updates).toHaveLength(1);
    Y.applyUpdate(server, updates[0]!);
    expect(server.getMap('nodes').get('n0')).toBe('Varsel om oppstart');
    provider.destroy();
  });

  it('sends edits of any origin but its own (an undo, for instance)', async () => {
    const { doc, sent, provider } = await connected();
    const nodes = doc.getMap('nodes');
    const undo = new Y.UndoManager(nodes, { captureTimeout: 0 });
    nodes.set('a', 'Oppstart');
    undo.undo();
    const server = new Y.Doc();
    for (const update of updatesIn(sent)) Y.applyUpdate(server, update);
    expect(updatesIn(sent)).toHaveLength(2);
    expect(server.getMap('nodes').has('a')).toBe(false);
    provider.destroy();
  });

  it('stops listening to the document when destroyed', async () => {
    const { doc, sent, provider } = await connected();
    provider.destroy();
    const before = sent.length;
    doc.getMap('nodes').set('a', 'Oppstart');
    expect(sent.length).toBe(before);
  });
});

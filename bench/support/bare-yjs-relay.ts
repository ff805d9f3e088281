import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { diagramMessageType } from '../../shared/sync/diagram-protocol';

/**
 * The floor for diagram sync: the same y-protocols framing (sync + awareness) as Planrom's diagram
 * rooms, in memory, with no authorization, no storage and no access watching. One room per URL path.
 */
interface Room {
  doc: Y.Doc;
  awareness: awarenessProtocol.Awareness;
  sockets: Set<WebSocket>;
}
const rooms = new Map<string, Room>();

function roomFor(path: string): Room {
  const room = rooms.get(path);
  if (room) return room;
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(null);
  const created: Room = { doc, awareness, sockets: new Set() };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, diagramMessageType.sync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const socket of created.sockets) if (socket !== origin) socket.send(message);
  });
  awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, diagramMessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [...added, ...updated, ...removed]));
    const message = encoding.toUint8Array(encoder);
    for (const socket of created.sockets) socket.send(message);
  });
  rooms.set(path, created);
  return created;
}

const sockets = new WebSocketServer({ noServer: true });
const server = createServer((_request, response) => response.writeHead(404).end());
server.on('upgrade', (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (ws) => {
    const room = roomFor(request.url ?? '/');
    room.sockets.add(ws);
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, diagramMessageType.sync);
    syncProtocol.writeSyncStep1(step1, room.doc);
    ws.send(encoding.toUint8Array(step1));
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      const type = decoding.readVarUint(decoder);
      if (type === diagramMessageType.sync) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, diagramMessageType.sync);
        syncProtocol.readSyncMessage(decoder, reply, room.doc, ws);
        if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply));
      } else if (type === diagramMessageType.awareness) {
        awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), ws);
      }
    });
    ws.on('close', () => room.sockets.delete(ws));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));

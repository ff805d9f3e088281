import { createServer } from 'node:http';
import { TLSocketRoom } from '@tldraw/sync-core';
import { WebSocketServer } from 'ws';

/**
 * The floor for canvas latency: tldraw's own TLSocketRoom, in memory, one per room id, on a bare
 * `ws` server. No authorization, no validation, no persistence, no Planrom at all.
 */
const rooms = new Map<string, TLSocketRoom>();
const server = createServer((_req, res) => res.writeHead(404).end());
const sockets = new WebSocketServer({ server, maxPayload: 8 * 1024 * 1024 });
sockets.on('connection', (socket, request) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const roomId = url.pathname.split('/').pop() ?? 'room';
  const sessionId = url.searchParams.get('sessionId') ?? String(Math.random());
  let room = rooms.get(roomId);
  if (!room) {
    room = new TLSocketRoom({});
    rooms.set(roomId, room);
  }
  room.handleSocketConnect({ sessionId, socket });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));

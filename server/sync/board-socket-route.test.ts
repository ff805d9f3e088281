import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Hono } from 'hono';
import WebSocket from 'ws';
import { closeCodes } from '../../shared/sync/close-codes';
import { diagramSocketPath } from '../../shared/sync/diagram-protocol';
import { meetingSocketPath } from '../../shared/meeting/meeting-protocol';
import { createBoard } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';
import { boardSocketRoute } from './board-socket-route';
import { RoomRegistry } from './room-registry';

/** Echo rooms whose loads finish when the test says so (as a room waiting for its ownership claim would). */
interface EchoClient {
  send(data: string): void;
  close(code: number, reason: string): void;
}
const loads: Array<() => void> = [];
const echoRooms = new RoomRegistry<{ name: string }, EchoClient>(
  {
    name: 'echo',
    load: () => new Promise((resolve) => loads.push(() => resolve({ name: 'echo room' }))),
    attach: () => {},
    detach: () => {},
    closeClient: (c, code, reason) => c.close(code, reason),
    unload: () => {},
  },
  { idleMs: 60_000, maxClients: 10, boardExists: () => true },
);
const echoRoutes = boardSocketRoute<{ name: string }, EchoClient>({
  path: '/:boardId/echo',
  rooms: () => echoRooms,
  connect: (_c, socket) => ({ send: (data) => socket.send(data), close: (code, reason) => socket.close(code as 4503, reason) }),
  receive: (client, data, room) => client.send(`${room?.name ?? 'no room'}: ${String(data)}`),
  close: (client, code, reason) => client.close(code, reason),
});

/** What the server answers an upgrade (a refused upgrade carries only its status). */
function upgrade(server: ServerUnderTest, path: string) {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, {
    headers: { origin: server.url, cookie: server.admin.cookieHeader() },
  });
  return new Promise<{ status: number; socket: WebSocket }>((resolve, reject) => {
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0, socket }));
    socket.once('error', reject);
  });
}

describe('board sockets: the same answers for every kind of room', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const open: WebSocket[] = [];

  beforeAll(async () => {
    server = await startServerUnderTest({
      env: { DIAGRAM_MAX_CLIENTS: '2', CANVAS_MAX_CLIENTS: '2' },
      extraApiRoutes: new Hono().route('/boards', echoRoutes),
    });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const socket of open) socket.terminate();
    await server.dispose();
  });

  it('refuses a socket for a board of another kind with 409 board_kind_mismatch, for both editors', async () => {
    const canvas = await createBoard(server, regionId, 'Lerret', { kind: 'canvas' });
    const diagram = await createBoard(server, regionId, 'Flyt', { kind: 'diagram' });
    for (const path of [`/api/boards/${diagram}/canvas/sync?sessionId=s1`, diagramSocketPath(canvas)]) {
      expect((await upgrade(server, path)).status).toBe(409);
      // The same route asked without an upgrade says why, as every API error does.
      const plain = await server.admin.get(path);
      expect(plain.status).toBe(409);
      expect(plain.body).toMatchObject({ error: { code: 'board_kind_mismatch' } });
    }
    // The meeting channel serves both kinds.
    for (const boardId of [canvas, diagram]) {
      const meeting = await upgrade(server, meetingSocketPath(boardId));
      open.push(meeting.socket);
      expect(meeting.status).toBe(101);
    }
  });

  it('takes as many clients on a diagram board as configured, and tells the next one the board is full', async () => {
    const diagram = await createBoard(server, regionId, 'Full', { kind: 'diagram' });
    const present = [await upgrade(server, diagramSocketPath(diagram)), await upgrade(server, diagramSocketPath(diagram))];
    open.push(...present.map((p) => p.socket));
    expect(present.map((p) => p.status)).toEqual([101, 101]);
    const late = await upgrade(server, diagramSocketPath(diagram));
    const code = await new Promise<number>((resolve) => late.socket.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(closeCodes.boardFull);
    expect(server.services.diagramRooms.clientCount(diagram)).toBe(2);
  });

  it('holds messages that arrive while the room loads, and hands them over in order once it has', async () => {
    const boardId = await createBoard(server, regionId, 'Venter', { kind: 'diagram' });
    const { socket } = await upgrade(server, `/api/boards/${boardId}/echo`);
    open.push(socket);
    const echoes: string[] = [];
    socket.on('message', (data) => echoes.push(String(data)));
    for (const text of ['en', 'to', 'tre']) socket.send(text);
    await vi.waitFor(() => expect(loads).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100)); // showing that nothing is handled before the room exists
    expect(echoes).toEqual([]);
    loads.shift()!();
    await vi.waitFor(() => expect(echoes).toEqual(['echo room: en', 'echo room: to', 'echo room: tre']));
    socket.send('fire');
    await vi.waitFor(() => expect(echoes.at(-1)).toBe('echo room: fire'));
  });
});

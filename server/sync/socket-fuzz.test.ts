import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { dumpDatabase } from '../test/dump-database';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

/** Frames nobody should send: garbage, wrong shapes, lies about other boards, and far too much. */
function hostileFrames(otherBoardId: string): Array<{ label: string; data: Buffer | string }> {
  return [
    { label: 'random bytes', data: randomBytes(4096) },
    { label: 'empty binary', data: Buffer.alloc(0) },
    { label: 'not JSON', data: '{"type":"push",' },
    { label: 'JSON of the wrong shape', data: JSON.stringify({ type: 'push', diff: 'everything', clock: -1 }) },
    {
      label: 'connect for another board',
      data: JSON.stringify({ type: 'connect', connectRequestId: 'x', roomId: otherBoardId, protocolVersion: 99, schema: {}, lastServerClock: 0 }),
    },
    { label: 'deep nesting', data: '['.repeat(50_000) + ']'.repeat(50_000) },
    { label: 'y-protocols sync step 2 with garbage', data: Buffer.concat([Buffer.from([0, 1]), randomBytes(2048)]) },
    { label: 'y-protocols update with a lying length', data: Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]) },
    { label: 'awareness garbage', data: Buffer.concat([Buffer.from([1]), randomBytes(512)]) },
    { label: 'unknown message type', data: Buffer.from([0x7f, 0, 0, 0]) },
    { label: 'odd unicode', data: '\u202e\u0000\ud800' },
  ];
}

describe('hostile input on the board sockets', () => {
  let server: ServerUnderTest;
  const boards: Record<'canvas' | 'diagram', string[]> = { canvas: [], diagram: [] };

  const socketUrl = (kind: 'canvas' | 'diagram', boardId: string) =>
    `${server.url.replace('http', 'ws')}/api/boards/${boardId}/${kind}/sync${kind === 'canvas' ? `?sessionId=s${Math.random().toString(36).slice(2, 10)}` : ''}`;

  function open(kind: 'canvas' | 'diagram', boardId: string) {
    const socket = new WebSocket(socketUrl(kind, boardId), { headers: { origin: server.url, cookie: server.admin.cookieHeader() } });
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => {});
    return new Promise<{ socket: WebSocket; closed: Promise<number> }>((resolve, reject) => {
      socket.once('open', () => resolve({ socket, closed }));
      socket.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
  }

  beforeAll(async () => {
    server = await startServerUnderTest();
    const regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    for (const kind of ['canvas', 'diagram'] as const) {
      for (const title of ['Mål', 'Annen']) {
        const created = await server.admin.post(`/api/regions/${regionId}/boards`, { title, kind });
        boards[kind].push(created.body.board.id);
      }
    }
  });
  afterAll(() => server.dispose());

  it('refuses socket addresses with odd board or session ids with a 4xx, never a 5xx or a crash', async () => {
    const base = server.url.replace('http', 'ws');
    const [canvasBoard] = boards.canvas as [string];
    const oddIds = ['..%2F..%2Fetc%2Fpasswd', '%00', 'x'.repeat(5000), '%E2%80%AE%F0%9F%92%A5', '%2e%2e', 'null', `${canvasBoard}%2F..`];
    const paths = [
      ...oddIds.flatMap((id) => [`/api/boards/${id}/canvas/sync?sessionId=s1`, `/api/boards/${id}/diagram/sync`, `/api/boards/${id}/meeting`]),
      ...['', 'x'.repeat(5000), '..%2F..', '%00', '%F0%9F%92%A5'].map((sessionId) => `/api/boards/${canvasBoard}/canvas/sync?sessionId=${sessionId}`),
      `/api/boards/${canvasBoard}/canvas/sync`,
    ];
    const before = await dumpDatabase(server.database.client, ['sessions']);
    for (const path of paths) {
      const outcome = await new Promise<string>((resolve) => {
        const socket = new WebSocket(`${base}${path}`, { headers: { origin: server.url, cookie: server.admin.cookieHeader() } });
        socket.on('error', () => {});
        socket.once('unexpected-response', (_request, response) => resolve(`http ${response.statusCode}`));
        socket.once('open', () => socket.once('close', (code) => resolve(`closed ${code}`)));
        socket.once('close', (code) => resolve(`closed ${code}`));
      });
      expect(outcome, path.slice(0, 120)).toMatch(/^http 4\d\d$|^closed (1008|40\d\d)$/);
    }
    expect((await server.api('/api/health')).status).toBe(200);
    expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);
  }, 60_000);

  for (const kind of ['canvas', 'diagram'] as const) {
    it(`${kind}: garbage closes at most the offending socket, never the server, and stores nothing`, async () => {
      const [boardId, otherBoardId] = boards[kind] as [string, string];
      const bystander = await open(kind, boardId);
      let bystanderClosed = false;
      void bystander.closed.then(() => (bystanderClosed = true));
      await new Promise((r) => setTimeout(r, 300));
      const before = await dumpDatabase(server.database.client, ['sessions']);

      for (const frame of hostileFrames(otherBoardId)) {
        const attacker = await open(kind, boardId);
        attacker.socket.send(frame.data);
        // Give the server a moment to react; a close is fine, silence is fine, a crash is not.
        await Promise.race([attacker.closed, new Promise((r) => setTimeout(r, 250))]);
        attacker.socket.terminate();
        expect((await server.api('/api/health')).status, frame.label).toBe(200);
      }

      // Over the socket size limit: the server closes that socket (1009 "message too big").
      const flooder = await open(kind, boardId);
      flooder.socket.send(Buffer.alloc(9 * 1024 * 1024, 1));
      expect(await flooder.closed).toBe(1009);

      await new Promise((r) => setTimeout(r, 300));
      expect(bystanderClosed).toBe(false);
      expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);
      bystander.socket.close();
    }, 60_000);
  }
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closeCodes } from '../../../shared/sync/close-codes';
import { CanvasTestClient, flattenMessages, openRawCanvasSession, plainText } from '../../test/canvas-client';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';
import type { ApiClient } from '../../test/api-client';

function syncUrl(server: ServerUnderTest, boardId: string) {
  return `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
}

function clientFor(server: ServerUnderTest, boardId: string, caller: ApiClient, name?: string) {
  return new CanvasTestClient({
    url: syncUrl(server, boardId),
    headers: { cookie: caller.cookieHeader(), origin: server.url },
    name,
  });
}

describe('canvas sync', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  const open = (boardId: string, caller: ApiClient, name?: string) => {
    const client = clientFor(server, boardId, caller, name);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServerUnderTest({ env: { CANVAS_ROOM_IDLE_SECONDS: '0.2' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('two clients on one board see each other’s changes and cursors', async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem', 'Kari Nordmann');
    const a = open(boardId, server.admin, 'Ada');
    const b = open(boardId, member.client, 'Kari');
    await Promise.all([a.connected(), b.connected()]);

    a.addNote('fra-a', 'Hei fra Ada – æøå');
    await b.waitFor(() => !!b.shape('fra-a'), 5000, 'note from a');
    expect(plainText(b.shape('fra-a'))).toBe('Hei fra Ada – æøå');

    b.moveShape('fra-a', 300, 200);
    b.addNote('fra-b', 'Svar fra Kari');
    await a.waitFor(() => a.shape('fra-a')?.x === 300 && !!a.shape('fra-b'), 5000, 'changes from b');

    a.setCursor(123, 456);
    await b.waitFor(() => b.peers().some((p) => p.cursor?.x === 123), 5000, 'cursor of a');
    // The room puts the name Planrom knows on presence, whatever the client claims.
    expect(b.peers().map((p) => p.userName)).toContain('Ada Administrator');
    expect(a.peers().map((p) => p.userName)).toContain('Kari Nordmann');
    expect(a.notices).toContainEqual({ type: 'planrom/welcome', access: 'write' });
  });

  it('keeps read-only clients read-only: their writes are refused and change nothing', async () => {
    const boardId = await createBoard(server, regionId);
    const writer = open(boardId, server.admin);
    await writer.connected();
    writer.addNote('fast', 'Står fast');
    await writer.waitFor(() => !!writer.shape('fast'));

    const observer = await createMember(server, regionId, 'observator');
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'view')).token);
    for (const caller of [observer.client, guest]) {
      const reader = open(boardId, caller);
      await reader.connected();
      await reader.waitFor(() => !!reader.shape('fast'));
      expect(reader.notices).toContainEqual({ type: 'planrom/welcome', access: 'read' });
      // tldraw's client would not even try; push straight to the room instead.
      const raw = await openRawCanvasSession(syncUrl(server, boardId), { cookie: caller.cookieHeader(), origin: server.url });
      expect((raw.received[0] as { isReadonly?: boolean }).isReadonly).toBe(true);
      raw.send({
        type: 'push',
        clientClock: 1,
        diff: {
          'shape:fast': ['patch', { x: ['put', 9999] }],
          'shape:ny': ['put', { ...writer.shape('fast'), id: 'shape:ny' }],
        },
      });
      raw.send({ type: 'push', clientClock: 2, diff: { 'shape:fast': ['remove'] } });
      for (const clientClock of [1, 2]) {
        await raw.waitFor(() => flattenMessages(raw.received).some((m) => m.type === 'push_result' && m.clientClock === clientClock));
        const result = flattenMessages(raw.received).find((m) => m.type === 'push_result' && m.clientClock === clientClock);
        expect(result?.action).toBe('discard');
      }
      raw.ws.close();
    }
    // The room answered both pushes "discard" above: nothing of them was stored, so a new client
    // can look right away.
    const fresh = open(boardId, server.admin);
    await fresh.connected();
    expect(fresh.shape('fast')?.x).toBe(0);
    expect(fresh.shape('ny')).toBeUndefined();
    expect(writer.shape('fast')).toBeDefined();
  });

  it('closes only the socket that sends a malformed message', async () => {
    const boardId = await createBoard(server, regionId);
    const good = open(boardId, server.admin);
    const bad = open(boardId, server.admin);
    await Promise.all([good.connected(), bad.connected()]);
    bad.socket.sendRaw('{"type":"push","clientClock":"not a number"}');
    await bad.waitFor(() => bad.socket.closeCodes.includes(closeCodes.badMessage), 5000, 'bad socket closed');
    expect(bad.notices.some((n) => n.type === 'planrom/closing' && n.code === closeCodes.badMessage)).toBe(true);

    const raw = new WebSocket(`${syncUrl(server, boardId)}?sessionId=raw`, { headers: { cookie: server.admin.cookieHeader(), origin: server.url } });
    await new Promise((r) => raw.once('open', r));
    const rawClosed = new Promise<number>((r) => raw.once('close', (code) => r(code)));
    raw.send('this is not json');
    expect(await rawClosed).toBe(closeCodes.badMessage);

    good.addNote('lever', 'Fortsatt her');
    const other = open(boardId, server.admin);
    await other.connected();
    await other.waitFor(() => !!other.shape('lever'), 5000, 'good client still works');
    expect(good.socket.closeCodes).toEqual([]);
  });

  it('refuses the upgrade for callers without access and for diagram boards', async () => {
    const boardId = await createBoard(server, regionId);
    const refused = (caller: ApiClient | null, path = boardId) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${syncUrl(server, path)}?sessionId=x`, {
          headers: { origin: server.url, ...(caller ? { cookie: caller.cookieHeader() } : {}) },
        });
        ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.once('open', () => resolve(101));
      });
    expect(await refused(null)).toBe(401);
    const diagram = await server.admin.post(`/api/regions/${regionId}/boards`, { title: 'Flyt', kind: 'diagram' });
    // The same answer as a diagram socket for a canvas board: the board exists, but is of another kind.
    expect(await refused(server.admin, diagram.body.board.id)).toBe(409);
  });
});

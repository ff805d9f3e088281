import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { upgradeWebSocket } from '@hono/node-server';
import WebSocket from 'ws';
import { closeCodes } from '../../shared/sync/close-codes';
import { createBoard, createMember, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';
import type { ApiClient } from '../test/api-client';
import { authorizeBoardSocket, type BoardSocketEnv } from './authorize-board-socket';
import { watchBoardAccess } from './watch-board-access';

/**
 * A probe route that uses the same middleware and watcher as the canvas and diagram rooms: it
 * greets with the access it was given and closes when access is taken away.
 */
function probeRoutes() {
  return new Hono<BoardSocketEnv>().get(
    '/:boardId/probe',
    authorizeBoardSocket,
    upgradeWebSocket((c) => {
      let stop = () => {};
      return {
        onOpen(_event, ws) {
          ws.send(c.var.boardAccess);
          stop = watchBoardAccess(c.var.services, {
            boardId: c.var.board.id,
            regionId: c.var.board.regionId,
            principal: c.var.principal,
            access: c.var.boardAccess,
            close: (code, reason) => ws.close(code, reason),
          });
        },
        onClose: () => stop(),
      };
    }),
  );
}

function connect(server: ServerUnderTest, boardId: string, client: ApiClient | null, origin?: string) {
  const headers: Record<string, string> = { origin: origin ?? server.url };
  const cookie = client?.cookieHeader();
  if (cookie) headers.cookie = cookie;
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/boards/${boardId}/probe`, { headers });
  return new Promise<{ socket: WebSocket; greeting: string; closed: Promise<number> }>((resolve, reject) => {
    const closed = new Promise<number>((r) => socket.once('close', (code) => r(code)));
    socket.once('message', (data) => resolve({ socket, greeting: String(data), closed }));
    socket.once('unexpected-response', (_req, res) => reject(new Error(String(res.statusCode))));
    socket.once('error', reject);
  });
}

describe('board socket authorization', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest({ extraApiRoutes: new Hono().route('/boards', probeRoutes()) });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('refuses the upgrade with the same statuses as HTTP routes', async () => {
    const boardId = await createBoard(server, regionId);
    await expect(connect(server, boardId, null)).rejects.toThrow('401');
    const outsider = await createMember(server, (await server.admin.post('/api/regions', { name: 'Ute' })).body.region.id, 'medlem');
    await expect(connect(server, boardId, outsider.client)).rejects.toThrow('404');
    await expect(connect(server, boardId, server.admin, 'https://evil.example')).rejects.toThrow('403');
  });

  it('gives observers and view guests read access, members write access', async () => {
    const boardId = await createBoard(server, regionId);
    const observer = await createMember(server, regionId, 'observator');
    const member = await createMember(server, regionId, 'medlem');
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'view')).token);
    expect((await connect(server, boardId, observer.client)).greeting).toBe('read');
    expect((await connect(server, boardId, guest)).greeting).toBe('read');
    expect((await connect(server, boardId, member.client)).greeting).toBe('write');
  });

  it('disconnects a guest within moments of their link being revoked', async () => {
    const boardId = await createBoard(server, regionId);
    const link = await createShareLink(server, boardId, 'edit');
    const guest = server.client();
    await openShareLink(guest, link.token);
    const connection = await connect(server, boardId, guest);
    expect(connection.greeting).toBe('write');
    const started = Date.now();
    await server.admin.delete(`/api/share-links/${link.id}`);
    expect(await connection.closed).toBe(closeCodes.shareLinkRevoked);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('disconnects on log-out, role change and archiving', async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem');
    const first = await connect(server, boardId, member.client);
    await server.admin.patch(`/api/regions/${regionId}/members/${member.userId}`, { role: 'observator' });
    expect(await first.closed).toBe(closeCodes.accessChanged);
    const again = await connect(server, boardId, member.client);
    expect(again.greeting).toBe('read');
    await member.client.post('/api/auth/logout');
    expect(await again.closed).toBe(closeCodes.sessionEnded);

    const admin = await connect(server, boardId, server.admin);
    await server.admin.post(`/api/boards/${boardId}/archive`);
    expect(await admin.closed).toBe(closeCodes.boardGone);
  });
});

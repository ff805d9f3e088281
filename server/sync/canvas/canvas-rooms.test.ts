import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCodes } from '../../../shared/sync/close-codes';
import { CanvasTestClient, flattenMessages, openRawCanvasSession } from '../../test/canvas-client';
import { eventually } from '../../test/diagram-client';
import { createBoard, createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('canvas rooms: lifecycle and limits', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  const url = (boardId: string) => `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
  const headers = () => ({ cookie: server.admin.cookieHeader(), origin: server.url });
  const open = (boardId: string, options: { reconnectMs?: number } = {}) => {
    const client = new CanvasTestClient({ url: url(boardId), headers: headers(), ...options });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServerUnderTest({
      env: { CANVAS_ROOM_IDLE_SECONDS: '0.3', CANVAS_MAX_CLIENTS: '3', CANVAS_MAX_SHAPES: '5' },
    });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('loads one room for clients that arrive together, and unloads it after the last one left', async () => {
    const registry = server.services.canvasRooms;
    const boardId = await createBoard(server, regionId);
    const loadsBefore = registry.loads;
    const together = [open(boardId), open(boardId), open(boardId)];
    await Promise.all(together.map((c) => c.connected()));
    expect(registry.loads - loadsBefore).toBe(1);
    expect(registry.clientCount(boardId)).toBe(3);

    together[0]!.addNote('a', 'En');
    await together[2]!.waitFor(() => !!together[2]!.shape('a'));
    for (const client of together) client.close();
    await together[0]!.waitFor(() => registry.loadedRoom(boardId) === null, 5000, 'room unloaded');

    const again = open(boardId);
    await again.connected();
    expect(registry.loads - loadsBefore).toBe(2);
    await again.waitFor(() => !!again.shape('a'), 2000, 'state kept across unload');
    again.close();
  });

  it('marks the board as changed, by whom, on the board list when someone edits it', async () => {
    const boardId = await createBoard(server, regionId);
    const listed = async () =>
      (
        (await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards as Array<{ id: string; updatedAt: string; updatedBy: { name: string } | null }>
      ).find((board) => board.id === boardId)!;
    const before = await listed();
    const member = await createMember(server, regionId, 'medlem', 'Mona Medlem');
    const mona = new CanvasTestClient({ url: url(boardId), headers: { cookie: member.client.cookieHeader(), origin: server.url } });
    clients.push(mona);
    await mona.connected();
    mona.addNote('a', 'Ny lapp');
    await mona.acknowledged();
    await eventually(async () => {
      const now = await listed();
      expect(Date.parse(now.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      expect(now.updatedBy?.name).toBe('Mona Medlem');
    });
    mona.close();
  });

  it('tells the next person the board is full', async () => {
    const boardId = await createBoard(server, regionId);
    const present = [open(boardId), open(boardId), open(boardId)];
    await Promise.all(present.map((c) => c.connected()));
    const late = open(boardId, { reconnectMs: 60_000 });
    await late.waitFor(() => late.socket.closeCodes.includes(closeCodes.boardFull), 5000, 'board full');
    expect(late.notices).toContainEqual({ type: 'planrom/closing', code: closeCodes.boardFull, reason: 'board full' });
    expect(late.isConnected).toBe(false);
    for (const client of [...present, late]) client.close();
  });

  it('refuses changes over the shape limit and data-URL images, leaving the board unchanged', async () => {
    const boardId = await createBoard(server, regionId);
    const client = open(boardId);
    await client.connected();
    for (let i = 0; i < 5; i += 1) client.addNote(`n${i}`, `Lapp ${i}`);
    await client.acknowledged();
    client.addNote('for-mye', 'Den sjette');
    await client.waitFor(() => client.notices.some((n) => n.type === 'planrom/refused'), 5000, 'refusal');
    expect(client.notices).toContainEqual({ type: 'planrom/refused', reason: 'shape-limit' });
    // tldraw's client rolls its own change back when the room discards it.
    await client.waitFor(() => !client.shape('for-mye'), 5000, 'rollback');
    expect(client.shapes()).toHaveLength(5);

    const raw = await openRawCanvasSession(url(boardId), headers());
    raw.send({
      type: 'push',
      clientClock: 1,
      diff: {
        'asset:inline': [
          'put',
          {
            id: 'asset:inline',
            typeName: 'asset',
            type: 'image',
            meta: {},
            props: { name: 'x.png', src: 'data:image/png;base64,AAAA', w: 1, h: 1, mimeType: 'image/png', isAnimated: false },
          },
        ],
      },
    });
    await raw.waitFor(() => flattenMessages(raw.received).some((m) => m.type === 'push_result'));
    expect(flattenMessages(raw.received).find((m) => m.type === 'push_result')?.action).toBe('discard');
    expect(flattenMessages(raw.received).map((m) => m.data)).toContainEqual({ type: 'planrom/refused', reason: 'inline-image' });
    raw.ws.close();
    client.close();
  });

  it('reconnects after a dropped connection and sends the edits made while offline', async () => {
    const boardId = await createBoard(server, regionId);
    const a = open(boardId, { reconnectMs: 300 });
    const b = open(boardId);
    await Promise.all([a.connected(), b.connected()]);
    a.socket.drop();
    await a.waitFor(() => !a.isConnected, 2000, 'offline');
    a.addNote('offline', 'Skrevet uten nett');
    await b.waitFor(() => !!b.shape('offline'), 5000, 'offline edit arrives after reconnect');
    a.close();
    b.close();
  });

  it('retries a change the database could not store, without disconnecting or giving up', async () => {
    const boardId = await createBoard(server, regionId);
    const writer = open(boardId);
    await writer.connected();
    const log = (server.services.canvasRooms.loadedRoom(boardId)!.storage as unknown as { options: { log: { append: (...args: unknown[]) => void } } }).options
      .log;
    const append = log.append;
    let failures = 3;
    log.append = function (this: unknown, ...args: unknown[]) {
      if (failures-- > 0) throw new Error('SQLITE_BUSY: database is locked');
      return append.apply(this, args);
    };
    try {
      writer.addNote('seig', 'Kommer fram likevel');
      const reader = open(boardId);
      await reader.connected();
      await reader.waitFor(() => !!reader.shape('seig'), 5000, 'the change, stored on a later try');
      expect(failures).toBeLessThan(0);
      expect(writer.socket.closeCodes).toEqual([]);
      expect(writer.syncErrors).toEqual([]);
    } finally {
      log.append = append;
    }
  });
});

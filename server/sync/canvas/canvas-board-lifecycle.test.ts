import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CanvasTestClient } from '../../test/canvas-client';
import { tinyPng, upload } from '../../test/canvas-helpers';
import { createBoard } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('canvas content follows the board: duplicate, archive, delete', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  const open = (boardId: string) => {
    const client = new CanvasTestClient({
      url: `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`,
      headers: { cookie: server.admin.cookieHeader(), origin: server.url },
    });
    clients.push(client);
    return client;
  };
  const rowsOf = (boardId: string) =>
    ['canvas_changes', 'canvas_snapshots', 'canvas_assets'].map(
      (table) => (server.services.syncDb.prepare(`SELECT count(*) AS n FROM ${table} WHERE board_id = ?`).get(boardId) as { n: number }).n,
    );

  beforeAll(async () => {
    server = await startServerUnderTest({ env: { CANVAS_ROOM_IDLE_SECONDS: '0.2' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('copies the current content into a duplicate, which then lives on its own', async () => {
    const boardId = await createBoard(server, regionId, 'Original');
    const original = open(boardId);
    await original.connected();
    original.addNote('en', 'Første');
    original.addNote('to', 'Andre');
    original.moveShape('en', 50, 60);
    const image = await upload(server.admin, `/api/boards/${boardId}/canvas/assets`, tinyPng, 'image/png');
    original.store.put([
      {
        id: 'asset:kart',
        typeName: 'asset',
        type: 'image',
        meta: {},
        props: { name: 'kart.png', src: image.body.asset.src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false, fileSize: 1 },
      } as never,
    ]);
    await original.acknowledged();

    const copy = await server.admin.post(`/api/boards/${boardId}/duplicate`);
    expect(copy.status).toBe(201);
    const copyId = copy.body.board.id as string;
    const onCopy = open(copyId);
    await onCopy.connected();
    await onCopy.waitFor(() => onCopy.shapes().length === 2, 3000, 'copied shapes');
    expect(onCopy.shape('en')?.x).toBe(50);
    // The copy has its own copy of the image, at its own address.
    const src = (onCopy.store.get('asset:kart' as never) as unknown as { props: { src: string } }).props.src;
    expect(src.startsWith(`/api/boards/${copyId}/canvas/assets/`)).toBe(true);
    const served = await fetch(`${server.url}${src}`, { headers: { cookie: server.admin.cookieHeader() } });
    expect(Buffer.from(await served.arrayBuffer())).toEqual(tinyPng);

    onCopy.removeShape('to');
    // The copy's room has stored the removal; the original is another room, which nothing reaches.
    await onCopy.acknowledged();
    expect(original.shape('to')).toBeDefined();
  });

  it('disconnects everyone on archive and removes every canvas row on delete', async () => {
    const boardId = await createBoard(server, regionId, 'Borte');
    const client = open(boardId);
    await client.connected();
    client.addNote('x', 'Snart borte');
    await client.acknowledged();
    expect(rowsOf(boardId).some((n) => n > 0)).toBe(true);

    await server.admin.post(`/api/boards/${boardId}/archive`);
    await client.waitFor(() => client.socket.closeCodes.includes(4404), 3000, 'closed on archive');
    expect(server.services.canvasRooms.loadedRoom(boardId)).toBeNull();
    // The archived board kept its content as a version.
    expect(rowsOf(boardId)[1]).toBeGreaterThan(0);

    expect((await server.admin.delete(`/api/boards/${boardId}`)).status).toBe(204);
    expect(rowsOf(boardId)).toEqual([0, 0, 0]);
  });
});

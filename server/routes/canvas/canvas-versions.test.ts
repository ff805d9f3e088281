import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanvasTestClient } from '../../test/canvas-client';
import { openCanvas } from '../../test/canvas-helpers';
import { createBoard, createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('canvas version history', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  const open = (boardId: string, caller = server.admin) => {
    const client = openCanvas(server, boardId, caller);
    clients.push(client);
    return client;
  };
  const versions = async (boardId: string) => (await server.admin.get(`/api/boards/${boardId}/canvas/versions`)).body.versions;

  beforeAll(async () => {
    // Checkpoints every 0.02 minutes (1.2 s) so the test can see them.
    server = await startServerUnderTest({ env: { CANVAS_ROOM_IDLE_SECONDS: '0.2', CANVAS_CHECKPOINT_MINUTES: '0.02' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it('writes automatic checkpoints while people edit, with their names', async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem', 'Per Planlegger');
    const a = open(boardId);
    const b = open(boardId, member.client);
    await Promise.all([a.connected(), b.connected()]);
    a.addNote('a', 'Ada skrev');
    b.addNote('b', 'Per skrev');
    await a.waitFor(() => !!a.shape('b'));
    expect(await versions(boardId)).toEqual([]);
    // A checkpoint is due 1.2 s after the first change; on a loaded 2-core machine it took over 5 s once.
    const deadline = Date.now() + 15_000;
    while ((await versions(boardId)).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const [checkpoint] = await versions(boardId);
    expect(checkpoint).toMatchObject({ kind: 'checkpoint', createdBy: null, shapeCount: 2 });
    expect(checkpoint.authors.sort()).toEqual(['Ada Administrator', 'Per Planlegger']);
  });

  it('saves named versions, previews them read-only and restores them through the room; a restore can be undone', async () => {
    const boardId = await createBoard(server, regionId);
    const client = open(boardId);
    await client.connected();
    client.addNote('først', 'Første utkast');
    await client.acknowledged();

    const saved = await server.admin.post(`/api/boards/${boardId}/canvas/versions`, { name: 'Før møtet i Farsund' });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ kind: 'named', name: 'Før møtet i Farsund', createdBy: { name: 'Ada Administrator' }, shapeCount: 1 });
    expect((await server.admin.post(`/api/boards/${boardId}/canvas/versions`, { name: '  ' })).status).toBe(400);

    client.removeShape('først');
    client.addNote('etter', 'Etter møtet');
    await client.acknowledged();

    const preview = await server.admin.get(`/api/boards/${boardId}/canvas/versions/${saved.body.version.id}`);
    expect(preview.status).toBe(200);
    expect(Object.keys(preview.body.snapshot.store)).toContain('shape:først');
    expect(Object.keys(preview.body.snapshot.store)).not.toContain('shape:etter');
    expect(preview.body.snapshot.schema.schemaVersion).toBe(2);

    const restored = await server.admin.post(`/api/boards/${boardId}/canvas/versions/${saved.body.version.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.version).toMatchObject({ kind: 'restored', name: 'Før møtet i Farsund' });
    await client.waitFor(() => !!client.shape('først') && !client.shape('etter'), 5000, 'restored content');
    expect(client.notices).toContainEqual({ type: 'planrom/replaced', by: 'Ada Administrator', what: 'restore' });

    // The state before the restore is a version too: restoring it undoes the restore.
    const kept = (await versions(boardId)).find((v: { id: string }) => v.id === restored.body.keptBefore);
    expect(kept).toMatchObject({ kind: 'before-restore', shapeCount: 1 });
    await server.admin.post(`/api/boards/${boardId}/canvas/versions/${kept.id}/restore`);
    await client.waitFor(() => !!client.shape('etter') && !client.shape('først'), 5000, 'restore undone');
    expect((await versions(boardId)).map((v: { kind: string }) => v.kind)).toEqual(['restored', 'before-restore', 'restored', 'before-restore', 'named']);
  });

  it('restores a board nobody has open, and keeps observers to previews', async () => {
    const boardId = await createBoard(server, regionId);
    const client = open(boardId);
    await client.connected();
    client.addNote('x', 'X');
    await client.acknowledged();
    const saved = (await server.admin.post(`/api/boards/${boardId}/canvas/versions`, { name: 'Med X' })).body.version;
    client.removeShape('x');
    await client.acknowledged();
    client.close();
    await client.waitFor(() => server.services.canvasRooms.loadedRoom(boardId) === null, 3000, 'unloaded');

    const observer = await createMember(server, regionId, 'observator');
    expect((await observer.client.get(`/api/boards/${boardId}/canvas/versions/${saved.id}`)).status).toBe(200);
    expect((await observer.client.post(`/api/boards/${boardId}/canvas/versions/${saved.id}/restore`)).status).toBe(403);
    expect((await observer.client.post(`/api/boards/${boardId}/canvas/versions`, { name: 'Nei' })).status).toBe(403);

    expect((await server.admin.post(`/api/boards/${boardId}/canvas/versions/${saved.id}/restore`)).status).toBe(200);
    const again = open(boardId);
    await again.connected();
    expect(again.shape('x')).toBeDefined();
  });
});

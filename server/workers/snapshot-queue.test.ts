import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RoomSnapshot } from '@tldraw/sync-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DiagramNode } from '../../shared/diagram/diagram-document';
import { diagramMaps, nodeToY, readDiagram } from '../../shared/diagram/diagram-ydoc';
import { bigTldrFile } from '../test/big-tldr';
import type { CanvasTestClient } from '../test/canvas-client';
import { openCanvas, upload } from '../test/canvas-helpers';
import { connectDiagram, eventually } from '../test/diagram-client';
import { createBoard } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

const documentsById = (snapshot: RoomSnapshot) => Object.fromEntries(snapshot.documents.map((doc) => [doc.state.id, doc.state]));

describe('board snapshots and compaction run in the worker pool', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const clients: CanvasTestClient[] = [];
  beforeAll(async () => {
    server = await startServerUnderTest({ env: { CANVAS_ROOM_IDLE_SECONDS: '0.2' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  const snapshotRow = (id: string) =>
    server.services.syncDb.prepare('SELECT clock, shape_count AS shapes, snapshot FROM canvas_snapshots WHERE id = ?').get(id) as
      { clock: number; shapes: number; snapshot: string } | undefined;

  // 12 MB imported, stored, snapshotted and exported: 6–13 s in a full run, more on a loaded machine.
  it('writes a large canvas board’s version in a worker, with exactly the room’s content, and compacts the log', async () => {
    // 3,900 shapes in 12 MB: a board whose JSON took the event loop hundreds of milliseconds.
    const file = new TextEncoder().encode(bigTldrFile({ shapes: 3900, bytes: 12 * 1024 * 1024 }));
    const made = await upload(server.admin, `/api/regions/${regionId}/canvas-import?name=Stor.tldr`, file, 'application/vnd.tldraw+json');
    expect(made.status).toBe(201);
    const boardId = made.body.board.id as string;
    const client = openCanvas(server, boardId);
    clients.push(client);
    await client.connected(30_000);
    client.addNote('ny', 'Skrevet etter importen', { x: 10, y: 20 });
    client.removeShape('big0000001');
    await eventually(() => expect(server.services.canvasRooms.loadedRoom(boardId)?.storage.hasShape('shape:ny')).toBe(true));
    await eventually(() => expect(server.services.canvasRooms.loadedRoom(boardId)?.storage.hasShape('shape:big0000001')).toBe(false));

    const room = server.services.canvasRooms.loadedRoom(boardId)!;
    const completed = server.services.workers.completedTasks;
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const saved = await server.admin.post(`/api/boards/${boardId}/canvas/versions`, { name: 'Etter importen' });
    lag.disable();
    expect(saved.status).toBe(201);
    expect(server.services.workers.completedTasks).toBeGreaterThan(completed);

    // The worker rebuilt the board from the database: the same records as the live room holds.
    const row = snapshotRow(saved.body.version.id)!;
    const stored = JSON.parse(row.snapshot) as RoomSnapshot;
    expect(documentsById(stored)).toEqual(documentsById(room.snapshot()));
    expect(row.clock).toBe(room.storage.getClock());
    expect(row.shapes).toBe(3900);
    expect(saved.body.version.shapeCount).toBe(3900);
    expect(Object.keys(stored.tombstones ?? {})).toContain('shape:big0000001');
    // Compacted: no logged change is older than the version.
    const left = server.services.syncDb.prepare('SELECT count(*) AS n FROM canvas_changes WHERE board_id = ? AND clock <= ?').get(boardId, row.clock) as {
      n: number;
    };
    expect(left.n).toBe(0);
    // Generous on a shared machine; on the event loop this snapshot was serialized in one piece.
    expect(lag.max / 1e6).toBeLessThan(1000);

    // The export is read from the database by a worker too: the same records as the room.
    const beforeExport = server.services.workers.completedTasks;
    const exported = await server.admin.get(`/api/boards/${boardId}/canvas/export.tldr`);
    expect(exported.status).toBe(200);
    expect(server.services.workers.completedTasks).toBeGreaterThan(beforeExport);
    const records = (exported.body as { records: Array<{ id: string }> }).records;
    expect(Object.fromEntries(records.map((record) => [record.id, record]))).toEqual(documentsById(room.snapshot()));

    // So is a copy of the board.
    const beforeCopy = server.services.workers.completedTasks;
    const copied = await server.admin.post(`/api/boards/${boardId}/duplicate`, { title: 'Kopi av stor' });
    expect(copied.status).toBe(201);
    expect(server.services.workers.completedTasks).toBeGreaterThan(beforeCopy);
    const copy = await server.services.canvasRooms.withRoom(copied.body.board.id as string, (opened) => documentsById(opened.snapshot()));
    expect(copy).toEqual(documentsById(room.snapshot()));

    // The last checkpoint, written by a worker after the room unloaded, reopens the same board.
    client.moveShape('ny', 300, 400);
    await eventually(() => expect((room.snapshot().documents.find((doc) => doc.state.id === 'shape:ny')?.state as unknown as { x: number }).x).toBe(300));
    const before = documentsById(room.snapshot());
    client.close();
    await eventually(() => expect(server.services.canvasRooms.loadedRoom(boardId)).toBeNull(), 10_000);
    await server.services.snapshotQueue.settled();
    const checkpoint = server.services.syncDb
      .prepare("SELECT snapshot FROM canvas_snapshots WHERE board_id = ? AND kind = 'checkpoint' ORDER BY clock DESC LIMIT 1")
      .get(boardId) as { snapshot: string };
    expect(documentsById(JSON.parse(checkpoint.snapshot) as RoomSnapshot)).toEqual(before);
    const reopened = await server.services.canvasRooms.withRoom(boardId, (again) => documentsById(again.snapshot()));
    expect(reopened).toEqual(before);
  }, 60_000);

  it('restores and imports keep the state before, built at the clock before the change', async () => {
    const boardId = await createBoard(server, regionId, 'Før og etter');
    const client = openCanvas(server, boardId);
    clients.push(client);
    await client.connected();
    client.addNote('a', 'Før');
    await eventually(() => expect(server.services.canvasRooms.loadedRoom(boardId)?.storage.hasShape('shape:a')).toBe(true));
    const before = documentsById(server.services.canvasRooms.loadedRoom(boardId)!.snapshot());
    const saved = await server.admin.post(`/api/boards/${boardId}/canvas/versions`, { name: 'Én' });
    client.removeShape('a');
    client.addNote('b', 'Etter');
    await client.waitFor(() => !!client.shape('b'));
    await eventually(() => expect(server.services.canvasRooms.loadedRoom(boardId)?.storage.hasShape('shape:b')).toBe(true));
    const beforeRestore = documentsById(server.services.canvasRooms.loadedRoom(boardId)!.snapshot());

    const restored = await server.admin.post(`/api/boards/${boardId}/canvas/versions/${saved.body.version.id}/restore`);
    expect(restored.status).toBe(200);
    const kept = snapshotRow(restored.body.keptBefore)!;
    expect(documentsById(JSON.parse(kept.snapshot) as RoomSnapshot)).toEqual(beforeRestore);
    const after = snapshotRow(restored.body.version.id)!;
    expect(Object.keys(documentsById(JSON.parse(after.snapshot) as RoomSnapshot)).sort()).toEqual(Object.keys(before).sort());
    await client.waitFor(() => !!client.shape('a') && !client.shape('b'));
  });

  it('writes a diagram board’s snapshot in a worker, with exactly the document’s content', async () => {
    const boardId = await createBoard(server, regionId, 'Aktørkart', { kind: 'diagram' });
    const client = await connectDiagram(server.url, boardId, server.admin);
    const nodes = diagramMaps(client.doc).nodes;
    for (let i = 0; i < 300; i++) {
      const node: DiagramNode = {
        id: `n${i}`,
        type: 'aktor',
        position: { x: i * 10, y: i * 5 },
        data: { name: `Aktør ${i}`, category: 'statlig', role: 'x'.repeat(200), interest: 3, influence: 3, phases: [], contact: '', note: '' },
      };
      nodes.set(node.id, nodeToY(node));
    }
    await eventually(() => expect(readDiagram(server.services.diagramRooms.loadedRoom(boardId)!.doc).nodes).toHaveLength(300));
    const completed = server.services.workers.completedTasks;
    const saved = await server.admin.post(`/api/boards/${boardId}/diagram/versions`, { label: 'Alle aktører' });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ reason: 'manual', label: 'Alle aktører' });
    expect(server.services.workers.completedTasks).toBeGreaterThan(completed);
    const state = server.services.diagramRooms.storage.versionState(boardId, saved.body.version.id)!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, state);
    expect(readDiagram(doc)).toEqual(readDiagram(client.doc));
    doc.destroy();
    const left = server.services.syncDb.prepare('SELECT count(*) AS n FROM diagram_updates WHERE board_id = ?').get(boardId) as { n: number };
    expect(left.n).toBe(0);
    client.provider.destroy();
  });
});

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { diagramMaps, nodeToY, readDiagram } from '../../../shared/diagram/diagram-ydoc';
import type { DiagramNode } from '../../../shared/diagram/diagram-document';
import { closeCodes } from '../../../shared/sync/close-codes';
import { diagramMessageType, diagramPresenceSchema, diagramSocketPath } from '../../../shared/sync/diagram-protocol';
import { connectDiagram, eventually } from '../../test/diagram-client';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, testAdmin, type ServerUnderTest } from '../../test/test-server';

const actor = (id: string, name: string): DiagramNode => ({
  id,
  type: 'aktor',
  position: { x: 0, y: 0 },
  data: { name, category: 'statlig', role: '', interest: 3, influence: 3, phases: [], contact: '', note: '' },
});

const dataOf = (doc: Y.Doc, id: string) => diagramMaps(doc).nodes.get(id)?.get('data') as Y.Map<unknown> | undefined;

describe('diagram rooms', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const diagramBoard = () => createBoard(server, regionId, 'Aktørkart', { kind: 'diagram' });
  const exported = async (boardId: string) => (await server.admin.get(`/api/boards/${boardId}/diagram/export.json`)).body;
  const storedRows = (table: 'diagram_updates' | 'diagram_snapshots', boardId: string) =>
    (server.services.syncDb.prepare(`SELECT count(*) AS n FROM ${table} WHERE board_id = ?`).get(boardId) as { n: number }).n;

  beforeAll(async () => {
    // Rooms unload two seconds after the last person left (30 s by default), so tests can see it.
    server = await startServerUnderTest({ env: { DIAGRAM_ROOM_IDLE_SECONDS: '2' } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('marks the board as changed, by whom, on the board list when someone edits it', async () => {
    const boardId = await diagramBoard();
    const listed = async () =>
      (
        (await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards as Array<{ id: string; updatedAt: string; updatedBy: { name: string } | null }>
      ).find((board) => board.id === boardId)!;
    const before = await listed();
    const member = await createMember(server, regionId, 'medlem', 'Mona Medlem');
    const mona = await connectDiagram(server.url, boardId, member.client);
    diagramMaps(mona.doc).nodes.set('a', nodeToY(actor('a', 'Statsforvalteren')));
    await eventually(async () => {
      const now = await listed();
      expect(Date.parse(now.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      expect(now.updatedBy?.name).toBe('Mona Medlem');
    });
    mona.provider.destroy();
  });

  it('syncs two clients and keeps concurrent edits to different fields of one node', async () => {
    const boardId = await diagramBoard();
    const member = await createMember(server, regionId, 'medlem', 'Mona Medlem');
    const one = await connectDiagram(server.url, boardId, server.admin);
    const two = await connectDiagram(server.url, boardId, member.client);
    diagramMaps(one.doc).nodes.set('a', nodeToY(actor('a', 'Statsforvalteren')));
    await eventually(() => expect(dataOf(two.doc, 'a')?.get('name')).toBe('Statsforvalteren'));

    // Both change the same node in the same instant, before either has heard of the other's change.
    dataOf(one.doc, 'a')!.set('role', 'Innsigelsesmyndighet');
    dataOf(two.doc, 'a')!.set('interest', 5);
    diagramMaps(two.doc).nodes.get('a')!.set('position', { x: 40, y: 80 });
    for (const client of [one, two]) {
      await eventually(() => {
        const node = readDiagram(client.doc).nodes[0]!;
        expect(node.data).toMatchObject({ role: 'Innsigelsesmyndighet', interest: 5 });
        expect(node.position).toEqual({ x: 40, y: 80 });
      });
    }
    one.provider.destroy();
    two.provider.destroy();
    // Stored: a new client (and the export) sees both.
    expect((await exported(boardId)).nodes[0].data).toMatchObject({ role: 'Innsigelsesmyndighet', interest: 5 });
  });

  it('sends the whole board on joining, before the client asks, and only what changed since when it asks', async () => {
    const boardId = await diagramBoard();
    const writer = await connectDiagram(server.url, boardId, server.admin);
    diagramMaps(writer.doc).nodes.set('a', nodeToY(actor('a', 'Statsforvalteren')));
    await eventually(async () => expect((await exported(boardId)).nodes).toHaveLength(1));
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}${diagramSocketPath(boardId)}`, {
      headers: { origin: server.url, cookie: server.admin.cookieHeader()! },
    });
    const syncMessages: Array<{ type: number; update: Uint8Array }> = [];
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== diagramMessageType.sync) return;
      syncMessages.push({ type: decoding.readVarUint(decoder), update: decoding.readVarUint8Array(decoder) });
    });
    // Nothing sent yet: the server's step 1 and its step 2 with the node arrive all the same.
    await eventually(() => expect(syncMessages.map((message) => message.type)).toEqual([syncProtocol.messageYjsSyncStep1, syncProtocol.messageYjsSyncStep2]));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, syncMessages[1]!.update);
    expect(readDiagram(doc).nodes.map((node) => node.id)).toEqual(['a']);
    // A step 1 sent before that arrived (an empty document) is answered with what changed since: nothing.
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, diagramMessageType.sync);
    syncProtocol.writeSyncStep1(step1, new Y.Doc());
    socket.send(encoding.toUint8Array(step1));
    await eventually(() => expect(syncMessages).toHaveLength(3));
    const changedSince = new Y.Doc();
    Y.applyUpdate(changedSince, syncMessages[2]!.update);
    expect(diagramMaps(changedSince).nodes.size).toBe(0);
    socket.close();
    writer.provider.destroy();
  });

  it('refuses writes from read-only clients on the server, but shows their presence', async () => {
    const boardId = await diagramBoard();
    const observer = await createMember(server, regionId, 'observator', 'Olav Observatør');
    const viewer = server.client();
    await openShareLink(viewer, (await createShareLink(server, boardId, 'view')).token);
    const writer = await connectDiagram(server.url, boardId, server.admin);
    diagramMaps(writer.doc).nodes.set('a', nodeToY(actor('a', 'NVE')));
    for (const caller of [observer.client, viewer]) {
      const reader = await connectDiagram(server.url, boardId, caller);
      await eventually(() => expect(dataOf(reader.doc, 'a')?.get('name')).toBe('NVE'));
      dataOf(reader.doc, 'a')!.set('name', 'Hacket');
      diagramMaps(reader.doc).nodes.set('b', nodeToY(actor('b', 'Falsk')));
      reader.provider.awareness.setLocalState({ user: { id: 'x', name: 'Late som admin', color: '#000' }, selection: ['a'], cursor: null });
      await eventually(() => {
        const states = [...writer.provider.awareness.getStates().values()].flatMap((s) => diagramPresenceSchema.safeParse(s).data ?? []);
        expect(states).toHaveLength(1);
        expect(states[0]!.user.name).not.toBe('Late som admin');
        expect(states[0]!.user).toMatchObject({ canEdit: false, ...(caller === viewer ? {} : { name: 'Olav Observatør' }) });
      });
      reader.provider.destroy();
    }
    // A short wait to show something does NOT happen: the readers' refused writes never reach the writer.
    await new Promise((r) => setTimeout(r, 200));
    expect(dataOf(writer.doc, 'a')!.get('name')).toBe('NVE');
    expect(diagramMaps(writer.doc).nodes.has('b')).toBe(false);
    writer.provider.destroy();
    const stored = await exported(boardId);
    expect(stored.nodes.map((n: DiagramNode) => n.id)).toEqual(['a']);
    expect(stored.nodes[0].data.name).toBe('NVE');
  });

  it('keeps edits made while offline and sends them after reconnecting', async () => {
    const boardId = await diagramBoard();
    const one = await connectDiagram(server.url, boardId, server.admin);
    const two = await connectDiagram(server.url, boardId, server.admin.clone());
    diagramMaps(one.doc).nodes.set('a', nodeToY(actor('a', 'Kartverket')));
    await eventually(() => expect(diagramMaps(two.doc).nodes.has('a')).toBe(true));
    expect(one.provider.unsent).toBe(false);
    one.provider.disconnect();
    dataOf(one.doc, 'a')!.set('note', 'skrevet uten nett');
    // The editor holds the person back from leaving while this is true.
    expect(one.provider.unsent).toBe(true);
    dataOf(two.doc, 'a')!.set('contact', 'Kari');
    // A short wait to show something does NOT happen: the offline edit must not reach the other client.
    await new Promise((r) => setTimeout(r, 100));
    expect(dataOf(two.doc, 'a')!.get('note')).toBe('');
    one.provider.connect();
    for (const client of [one, two]) {
      await eventually(() => expect(readDiagram(client.doc).nodes[0]!.data).toMatchObject({ note: 'skrevet uten nett', contact: 'Kari' }));
    }
    expect(one.provider.unsent).toBe(false);
    expect(two.provider.unsent).toBe(false);
    one.provider.destroy();
    two.provider.destroy();
  });

  it('refuses canvas boards, strangers and other sites at the upgrade', async () => {
    const canvas = await createBoard(server, regionId, 'Lerret');
    await expect(connectDiagram(server.url, canvas, server.admin)).rejects.toThrow();
    const boardId = await diagramBoard();
    await expect(connectDiagram(server.url, boardId, server.client())).rejects.toThrow();
    await expect(connectDiagram(server.url, boardId, server.admin, { origin: 'https://evil.example' })).rejects.toThrow();
  });

  it('closes the connection with a named code when the board is archived', async () => {
    const boardId = await diagramBoard();
    const client = await connectDiagram(server.url, boardId, server.admin);
    await server.admin.post(`/api/boards/${boardId}/archive`);
    expect(await client.closed).toBe(closeCodes.boardGone);
    client.provider.destroy();
  });

  it('keeps the room for someone who comes back within the idle time, and loads it again after', async () => {
    const boardId = await diagramBoard();
    const rooms = server.services.diagramRooms;
    const first = await connectDiagram(server.url, boardId, server.admin);
    diagramMaps(first.doc).nodes.set('a', nodeToY(actor('a', 'Kommunen')));
    await eventually(() => expect(storedRows('diagram_updates', boardId)).toBe(1));
    const loads = rooms.loads;
    first.provider.destroy();
    await eventually(() => expect(rooms.clientCount(boardId)).toBe(0));
    const back = await connectDiagram(server.url, boardId, server.admin);
    expect(readDiagram(back.doc).nodes.map((node) => node.data)).toMatchObject([{ name: 'Kommunen' }]);
    expect(rooms.loads).toBe(loads);
    back.provider.destroy();
    await eventually(() => expect(rooms.loadedRoom(boardId)).toBeNull(), 10_000);
    const later = await connectDiagram(server.url, boardId, server.admin);
    expect(readDiagram(later.doc).nodes.map((node) => node.data)).toMatchObject([{ name: 'Kommunen' }]);
    expect(rooms.loads).toBe(loads + 1);
    later.provider.destroy();
  });

  it('compacts the log into snapshots, reopens exactly as it was, and copies and deletes with the board', async () => {
    const counts = (id: string) => ({
      updates: storedRows('diagram_updates', id),
      snapshots: storedRows('diagram_snapshots', id),
    });
    const boardId = await diagramBoard();
    const client = await connectDiagram(server.url, boardId, server.admin);
    diagramMaps(client.doc).nodes.set('a', nodeToY(actor('a', 'Fylkeskommunen')));
    for (let i = 0; i < 30; i++) diagramMaps(client.doc).nodes.get('a')!.set('position', { x: i, y: i });
    const before = readDiagram(client.doc);
    await eventually(() => expect(counts(boardId).updates).toBe(31));
    client.provider.destroy();
    await eventually(() => expect(server.services.diagramRooms.loadedRoom(boardId)).toBeNull(), 10_000);
    // The room's last snapshot is written by a worker thread after the room is gone.
    await server.services.snapshotQueue.settled();
    expect(counts(boardId)).toEqual({ updates: 0, snapshots: 1 });
    const again = await connectDiagram(server.url, boardId, server.admin);
    expect(readDiagram(again.doc)).toEqual(before);
    again.provider.destroy();

    const copy = (await server.admin.post(`/api/boards/${boardId}/duplicate`)).body.board.id as string;
    expect((await exported(copy)).nodes).toEqual(before.nodes);
    await server.admin.post(`/api/boards/${copy}/archive`);
    expect((await server.admin.delete(`/api/boards/${copy}`)).status).toBe(204);
    expect(counts(copy)).toEqual({ updates: 0, snapshots: 0 });
  });

  it('keeps versions, previews them and restores one for everyone connected', async () => {
    const boardId = await diagramBoard();
    const one = await connectDiagram(server.url, boardId, server.admin);
    const two = await connectDiagram(server.url, boardId, server.admin.clone());
    diagramMaps(one.doc).nodes.set('a', nodeToY(actor('a', 'Første utgave')));
    await eventually(() => expect(diagramMaps(two.doc).nodes.has('a')).toBe(true));
    const saved = await server.admin.post(`/api/boards/${boardId}/diagram/versions`, { label: 'Før møtet' });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ reason: 'manual', label: 'Før møtet', authorNames: [testAdmin.name] });
    dataOf(one.doc, 'a')!.set('name', 'Andre utgave');
    diagramMaps(one.doc).nodes.set('b', nodeToY(actor('b', 'Ny')));
    await eventually(() => expect(diagramMaps(two.doc).nodes.has('b')).toBe(true));

    const preview = await server.admin.get(`/api/boards/${boardId}/diagram/versions/${saved.body.version.id}`);
    expect(preview.body.document.nodes.map((n: DiagramNode) => n.data)).toMatchObject([{ name: 'Første utgave' }]);
    const restored = await server.admin.post(`/api/boards/${boardId}/diagram/versions/${saved.body.version.id}/restore`);
    expect(restored.status).toBe(200);
    for (const client of [one, two]) {
      await eventually(() => expect(readDiagram(client.doc).nodes.map((n) => n.data)).toMatchObject([{ name: 'Første utgave' }]));
    }
    const versions = (await server.admin.get(`/api/boards/${boardId}/diagram/versions`)).body.versions;
    expect(versions.map((v: { reason: string }) => v.reason)).toEqual(['before-restore', 'manual']);
    // The answer names the version kept before the restore, so the restore can be undone at once.
    expect(restored.body.keptBefore).toBe(versions[0].id);
    const undo = await server.admin.post(`/api/boards/${boardId}/diagram/versions/${restored.body.keptBefore}/restore`);
    expect(undo.status).toBe(200);
    await eventually(() => expect(readDiagram(two.doc).nodes).toHaveLength(2));
    const observer = await createMember(server, regionId, 'observator');
    expect((await observer.client.post(`/api/boards/${boardId}/diagram/versions/${versions[0].id}/restore`)).status).toBe(403);
    one.provider.destroy();
    two.provider.destroy();
  });
});

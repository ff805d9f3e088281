import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TLRecord } from '@tldraw/tlschema';
import { canvasSnapshots, regionTemplates } from '../../db/schema/index';
import type { ApiClient } from '../../test/api-client';
import { CanvasTestClient } from '../../test/canvas-client';
import { noteRecord } from '../../test/note-record';
import { canvasFixture, tinyPng, upload } from '../../test/canvas-helpers';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

const guestName = 'Gjest Gjestesen';

function note(id: string, textLastEditedBy: string | null, text = 'Skrevet av noen') {
  return noteRecord(id, text, { textLastEditedBy });
}

function imageAsset(id: string, src: string | null) {
  return {
    id: `asset:${id}`,
    typeName: 'asset',
    type: 'image',
    meta: {},
    props: { name: 'bilde.png', src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false, fileSize: 70 },
  } as unknown as TLRecord;
}

function bookmarkAsset(id: string, src: string, image: string) {
  return {
    id: `asset:${id}`,
    typeName: 'asset',
    type: 'bookmark',
    meta: {},
    props: { src, title: src, description: '', image, favicon: '' },
  } as unknown as TLRecord;
}

describe('canvas: the server decides who said what and where images come from', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let adminId: string;
  const clients: CanvasTestClient[] = [];
  const open = (boardId: string, caller: ApiClient, name?: string) => {
    const client = new CanvasTestClient({
      url: `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`,
      headers: { cookie: caller.cookieHeader(), origin: server.url },
      name,
    });
    clients.push(client);
    return client;
  };
  const guestOn = async (boardId: string) => {
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'edit')).token);
    await guest.patch('/api/guest', { guestName });
    return guest;
  };

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    adminId = (await server.admin.get('/api/auth/me')).body.user.id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.dispose();
  });

  it("an edit-link guest cannot store user records, note signatures or presence in someone else's name", async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem', 'Kari Nordmann');
    const guest = open(boardId, await guestOn(boardId), 'Ada Administrator');
    const watcher = open(boardId, member.client, 'Kari');
    await Promise.all([guest.connected(), watcher.connected()]);

    guest.store.put([
      { id: `user:${adminId}`, typeName: 'user', name: 'Ada Administrator', color: '#ff0000', imageUrl: '', meta: {} } as unknown as TLRecord,
      {
        id: `user:guest:${guestName}`,
        typeName: 'user',
        name: 'Ada Administrator',
        color: '#00ff00',
        imageUrl: 'https://evil.example/ada.png',
        meta: {},
      } as unknown as TLRecord,
      note('forfalsket', adminId),
    ]);
    guest.setCursor(42, 42);
    await watcher.waitFor(() => !!watcher.shape('forfalsket'), 5000, 'the note');
    await watcher.waitFor(() => watcher.peers().some((peer) => peer.cursor?.x === 42), 5000, 'the guest cursor');

    // What others see: the guest's own name everywhere, never the administrator's.
    expect(watcher.shape('forfalsket')!.props.textLastEditedBy).toBe(`guest:${guestName}`);
    expect(watcher.store.get(`user:${adminId}` as never)).toBeUndefined();
    expect(watcher.store.get(`user:guest:${guestName}` as never)).toMatchObject({ name: guestName, imageUrl: '' });
    const presence = watcher.peers().find((peer) => peer.cursor?.x === 42)!;
    expect(presence).toMatchObject({ userName: guestName, userId: `user:guest:${guestName}` });

    // What was stored: the same.
    const stored = server.services.canvasRooms
      .loadedRoom(boardId)!
      .snapshot()
      .documents.map((document) => document.state as unknown as Record<string, unknown>);
    expect(stored.find((record) => record.id === `user:${adminId}`)).toBeUndefined();
    expect((stored.find((record) => record.id === 'shape:forfalsket') as { props: { textLastEditedBy: string } }).props.textLastEditedBy).toBe(
      `guest:${guestName}`,
    );

    // The guest is told, and its own view is corrected to what was stored.
    await guest.waitFor(() => guest.notices.some((notice) => notice.type === 'planrom/refused' && notice.reason === 'identity'), 5000, 'the notice');
    await guest.waitFor(() => guest.shape('forfalsket')?.props.textLastEditedBy === `guest:${guestName}`, 5000, 'the corrected note');
    await guest.waitFor(() => guest.store.get(`user:${adminId}` as never) === undefined, 5000, 'the dropped user record');
  });

  it("keeps a note's signature when someone else edits it, and refuses a change of it to a third person", async () => {
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem', 'Kari Nordmann');
    const admin = open(boardId, server.admin, 'Ada');
    const guest = open(boardId, await guestOn(boardId));
    const watcher = open(boardId, member.client);
    await Promise.all([admin.connected(), guest.connected(), watcher.connected()]);
    admin.store.put([note('adas', adminId, 'Adas tekst')]);
    await guest.waitFor(() => !!guest.shape('adas'), 5000, 'the note');

    // Moving it keeps Ada's signature; claiming it for Kari does not stick.
    guest.moveShape('adas', 50, 60);
    await watcher.waitFor(() => watcher.shape('adas')?.x === 50, 5000, 'the move');
    expect(watcher.shape('adas')!.props.textLastEditedBy).toBe(adminId);
    const current = guest.shape('adas')!;
    guest.store.put([{ ...current, x: 70, props: { ...current.props, textLastEditedBy: member.userId } } as unknown as TLRecord]);
    await watcher.waitFor(() => watcher.shape('adas')?.x === 70, 5000, 'the second move');
    expect(watcher.shape('adas')!.props.textLastEditedBy).not.toBe(member.userId);
    expect(watcher.shape('adas')!.props.textLastEditedBy).toBe(adminId);
  });

  it('refuses DATA:, Data: and other sites as image addresses over the socket, and takes the board’s own', async () => {
    const boardId = await createBoard(server, regionId);
    const guest = open(boardId, await guestOn(boardId));
    const watcher = open(boardId, server.admin);
    await Promise.all([guest.connected(), watcher.connected()]);
    const png = tinyPng.toString('base64');
    const cases: Array<[TLRecord, string]> = [
      [imageAsset('stor-data', `DATA:image/png;base64,${png}`), 'inline-image'],
      [imageAsset('blandet-data', `Data:image/png;base64,${png}`), 'inline-image'],
      [imageAsset('annen-side', 'https://evil.example/sporing.png'), 'foreign-asset'],
      [imageAsset('annen-tavle', `/api/boards/${crypto.randomUUID()}/canvas/assets/abc`), 'foreign-asset'],
      [imageAsset('sti-triks', `/api/boards/${boardId}/canvas/assets/../../../x`), 'foreign-asset'],
      [bookmarkAsset('bokmerke-bilde', 'https://www.regjeringen.no', 'https://evil.example/preview.png'), 'foreign-asset'],
    ];
    for (const [record, reason] of cases) {
      const before = guest.notices.length;
      guest.store.put([record]);
      await guest.waitFor(() => guest.notices.length > before, 5000, `refusal of ${record.id}`);
      expect(guest.notices.at(-1), record.id).toEqual({ type: 'planrom/refused', reason });
      await guest.waitFor(() => guest.store.get(record.id as never) === undefined, 5000, `undo of ${record.id}`);
    }
    const image = await upload(server.admin, `/api/boards/${boardId}/canvas/assets`, tinyPng, 'image/png');
    guest.store.put([imageAsset('egen', image.body.asset.src), bookmarkAsset('bokmerke', 'https://www.regjeringen.no', '')]);
    await watcher.waitFor(() => !!watcher.store.get('asset:egen' as never) && !!watcher.store.get('asset:bokmerke' as never), 5000, 'the own image');
    // Changing an accepted image to point elsewhere is refused too.
    const before = guest.notices.length;
    guest.store.put([imageAsset('egen', 'https://evil.example/x.png')]);
    await guest.waitFor(() => guest.notices.length > before, 5000, 'refusal of the patch');
    expect(guest.notices.at(-1)).toEqual({ type: 'planrom/refused', reason: 'foreign-asset' });
    const stored = server.services.canvasRooms
      .loadedRoom(boardId)!
      .snapshot()
      .documents.map((document) => document.state as { id: string; props?: { src?: string } });
    expect(
      stored
        .filter((record) => record.id.startsWith('asset:'))
        .map((record) => record.id)
        .sort(),
    ).toEqual(['asset:bokmerke', 'asset:egen']);
    expect(stored.find((record) => record.id === 'asset:egen')!.props!.src).toBe(image.body.asset.src);
  });

  it('refuses foreign image addresses in imports, restores and templates, and takes DATA: images in a file as uploads', async () => {
    const boardId = await createBoard(server, regionId);
    const file = JSON.parse(canvasFixture('tldraw-3.15.tldr')) as { records: Array<Record<string, unknown>> };
    const withAsset = (src: string) =>
      JSON.stringify({
        ...file,
        records: [
          ...file.records,
          { ...(imageAsset('fil', src) as object), props: { name: 'bilde.png', src, w: 1, h: 1, mimeType: 'image/png', isAnimated: false } },
        ],
      });
    for (const src of [`DATA:image/png;base64,${tinyPng.toString('base64')}`, `Data:image/png;base64,${tinyPng.toString('base64')}`]) {
      const taken = await upload(server.admin, `/api/boards/${boardId}/canvas/import`, withAsset(src), 'application/vnd.tldraw+json');
      expect(taken.status, src.slice(0, 5)).toBe(200);
      expect(taken.body.images).toBe(1);
    }
    const foreign = await upload(server.admin, `/api/boards/${boardId}/canvas/import`, withAsset('HTTPS://evil.example/x.png'), 'application/vnd.tldraw+json');
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('foreign_asset');
    expect(foreign.body.error.message).toContain('annen nettadresse');

    // A version stored before this rule, with another site's image: restoring it is refused.
    const snapshot = server.services.canvasRooms.loadedRoom(boardId)!.snapshot();
    const tainted = { ...snapshot, documents: [...snapshot.documents, { state: imageAsset('gammel', 'https://evil.example/old.png'), lastChangedClock: 0 }] };
    const versionId = crypto.randomUUID();
    await server.services.db.insert(canvasSnapshots).values({
      id: versionId,
      boardId,
      clock: 0,
      kind: 'named',
      name: 'Gammel',
      createdAt: new Date(),
      createdById: null,
      createdByName: 'Noen',
      authors: '[]',
      shapeCount: 0,
      snapshot: JSON.stringify(tainted),
    });
    const restore = await server.admin.post(`/api/boards/${boardId}/canvas/versions/${versionId}/restore`);
    expect(restore.status).toBe(400);
    expect(restore.body.error.code).toBe('foreign_asset');

    // A region template saved before this rule: a board from it is refused, and none is made.
    const templateId = crypto.randomUUID();
    await server.services.db.insert(regionTemplates).values({
      id: templateId,
      regionId,
      title: 'Gammel mal',
      kind: 'canvas',
      templateId: null,
      sourceBoardId: boardId,
      content: JSON.stringify(tainted),
      previewSummary: '{}',
      previewSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      createdAt: new Date(),
    });
    const boardsBefore = (await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards.length;
    const fromTemplate = await server.admin.post(`/api/regions/${regionId}/boards`, { regionTemplateId: templateId });
    expect(fromTemplate.status).toBe(400);
    expect(fromTemplate.body.error.code).toBe('foreign_asset');
    expect((await server.admin.get(`/api/regions/${regionId}/boards`)).body.boards.length).toBe(boardsBefore);
  });
});

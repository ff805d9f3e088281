import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('board share links', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('opens one board, read-only, to a visitor without an account, named Gjest until they choose', async () => {
    const boardId = await createBoard(server, regionId, 'Møteskjerm');
    const otherBoard = await createBoard(server, regionId, 'Annen tavle');
    const link = await createShareLink(server, boardId, 'view');
    const visitor = server.client();
    expect(await openShareLink(visitor, link.token)).toEqual({ boardId, access: 'view' });

    const me = await visitor.get('/api/auth/me');
    expect(me.body).toMatchObject({ user: null, guest: { name: 'Gjest', boardId, access: 'view' } });
    expect((await visitor.get(`/api/boards/${boardId}`)).body).toMatchObject({ board: { title: 'Møteskjerm' }, access: 'read' });
    expect((await visitor.get(`/api/boards/${otherBoard}`)).status).toBe(404);
    expect((await visitor.get(`/api/regions/${regionId}/boards`)).status).toBe(401);
    expect((await visitor.patch(`/api/boards/${boardId}`, { title: 'Endret' })).status).toBe(403);

    await visitor.patch('/api/guest', { guestName: 'Skjermen i kommunestyresalen' });
    expect((await visitor.get('/api/auth/me')).body.guest.name).toBe('Skjermen i kommunestyresalen');
  });

  it('gives edit-link guests write access to the content, and nothing else', async () => {
    const boardId = await createBoard(server, regionId, 'Verksted');
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'edit')).token);
    expect((await guest.get(`/api/boards/${boardId}`)).body.access).toBe('write');
    expect((await guest.post(`/api/boards/${boardId}/archive`)).status).toBe(403);
    expect((await guest.get(`/api/boards/${boardId}/share-links`)).status).toBe(403);
  });

  it('revokes a link: its guests lose access at once and live connections are told', async () => {
    const boardId = await createBoard(server, regionId, 'Tilbaketrukket');
    const link = await createShareLink(server, boardId, 'view');
    const guest = server.client();
    await openShareLink(guest, link.token);
    const revokedIds: string[] = [];
    server.services.accessEvents.on('share-link-revoked', (id) => revokedIds.push(id));

    const revoked = await server.admin.delete(`/api/share-links/${link.id}`);
    expect(revoked.body.shareLink.path).toBeNull();
    expect(revokedIds).toEqual([link.id]);
    expect((await guest.get(`/api/boards/${boardId}`)).status).toBe(401);
    const reopen = await server.client().post(`/api/share/${link.token}/open`);
    expect(reopen.status).toBe(410);
    expect(reopen.body.error.message).toMatch(/virker ikke lenger/);
    expect((await server.admin.get(`/api/boards/${boardId}/share-links`)).body.shareLinks).toEqual([]);
  });

  it('stops working while the board is archived', async () => {
    const boardId = await createBoard(server, regionId, 'Arkivert');
    const link = await createShareLink(server, boardId, 'view');
    await server.admin.post(`/api/boards/${boardId}/archive`);
    expect((await server.client().post(`/api/share/${link.token}/open`)).status).toBe(410);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { SessionSweeper } from '../../auth/session-sweeper';
import { sessions } from '../../db/schema/index';
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

  it("reuses the guest's visit when the same link is opened again, and ends the old one when another link is opened", async () => {
    const boardId = await createBoard(server, regionId, 'Gjenbruk');
    const first = await createShareLink(server, boardId, 'edit');
    const second = await createShareLink(server, boardId, 'view');
    const visits = (linkId: string) => server.services.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.shareLinkId, linkId));
    const guest = server.client();
    await openShareLink(guest, first.token);
    await guest.patch('/api/guest', { guestName: 'Kari' });
    for (let i = 0; i < 4; i++) await openShareLink(guest, first.token);
    expect(await visits(first.id)).toHaveLength(1);
    expect((await guest.get('/api/auth/me')).body.guest).toMatchObject({ name: 'Kari', access: 'edit' });
    await openShareLink(guest, second.token);
    expect(await visits(first.id)).toHaveLength(0);
    expect(await visits(second.id)).toHaveLength(1);
    expect((await guest.get('/api/auth/me')).body.guest).toMatchObject({ name: 'Kari', access: 'view' });
  });

  it('deletes ended sessions on a schedule', async () => {
    const boardId = await createBoard(server, regionId, 'Utløpt');
    const link = await createShareLink(server, boardId, 'view');
    for (let i = 0; i < 3; i++) await openShareLink(server.client(), link.token);
    const visits = () => server.services.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.shareLinkId, link.id));
    expect(await visits()).toHaveLength(3);
    // A sweeper whose clock is past the idle time deletes them (the administrator's too: keep this test last).
    const later = new SessionSweeper(server.services.db, server.services.sessionPolicy, {
      intervalMs: 10,
      clock: () => Date.now() + server.services.sessionPolicy.idleMs + 1000,
    });
    const before = (await server.services.db.select({ id: sessions.id }).from(sessions)).length;
    later.start();
    try {
      await expect.poll(async () => (await visits()).length, { timeout: 5000 }).toBe(0);
    } finally {
      later.stop();
    }
    const now = new SessionSweeper(server.services.db, server.services.sessionPolicy, { intervalMs: 1000 });
    expect(await now.sweep()).toBe(0);
    expect(before).toBeGreaterThanOrEqual(3);
  });
});

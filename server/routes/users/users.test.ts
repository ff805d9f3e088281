import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../test/factories';
import { startServerUnderTest, testAdmin, type ServerUnderTest } from '../../test/test-server';

describe('the administrator’s list of accounts', () => {
  let server: ServerUnderTest;
  let regionId: string;

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.admin.post('/api/regions', { name: 'Kontoer' })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('lists every account by name, without password hashes, to the administrator only', async () => {
    const zoe = await createMember(server, regionId, 'medlem', 'Zoe');
    await createMember(server, regionId, 'koordinator', 'Bjørn');
    const listed = await server.admin.get('/api/users');
    expect(listed.status).toBe(200);
    const names = listed.body.users.map((u: { displayName: string }) => u.displayName);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : 1)));
    expect(names).toEqual(expect.arrayContaining([testAdmin.name, 'Zoe', 'Bjørn']));
    expect(listed.body.users.find((u: { email: string }) => u.email === testAdmin.email).isAdmin).toBe(true);
    for (const user of listed.body.users) expect(Object.keys(user).sort()).toEqual(['displayName', 'email', 'id', 'isAdmin', 'municipality']);

    const refused = await zoe.client.get('/api/users');
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', message: expect.any(String) });
    expect((await server.client().get('/api/users')).status).toBe(401);
  });

  it('deletes an account with its sessions and memberships, and keeps what they made', async () => {
    const leaving = await createMember(server, regionId, 'koordinator', 'Liv');
    const board = await leaving.client.post(`/api/regions/${regionId}/boards`, { title: 'Livs tavle', kind: 'canvas' });
    expect(board.status).toBe(201);
    const coordinator = await createMember(server, regionId, 'koordinator');

    expect((await coordinator.client.delete(`/api/users/${leaving.userId}`)).status).toBe(403);
    expect((await server.admin.delete(`/api/users/${leaving.userId}`)).status).toBe(204);

    expect((await leaving.client.get('/api/auth/me')).body.user).toBeNull();
    expect((await server.client().post('/api/auth/login', { email: leaving.email, password: 'et-langt-passord' })).status).toBe(401);
    const members = (await server.admin.get(`/api/regions/${regionId}/members`)).body.members.map((m: { userId: string }) => m.userId);
    expect(members).not.toContain(leaving.userId);
    const kept = await server.admin.get(`/api/boards/${board.body.board.id}`);
    expect(kept.status).toBe(200);
    expect(kept.body.board.title).toBe('Livs tavle');
    expect((await server.admin.get('/api/users')).body.users.map((u: { id: string }) => u.id)).not.toContain(leaving.userId);

    const again = await server.admin.delete(`/api/users/${leaving.userId}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('not_found');
  });

  it('will not let the administrator delete their own account', async () => {
    const me = (await server.admin.get('/api/auth/me')).body.user.id as string;
    const refused = await server.admin.delete(`/api/users/${me}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'conflict', message: expect.any(String) });
    expect((await server.admin.get('/api/auth/me')).body.user).not.toBeNull();
  });
});

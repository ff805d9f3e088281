import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/api-client';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('the signed-in user’s own account', () => {
  let server: ServerUnderTest;
  let regionId: string;

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.admin.post('/api/regions', { name: 'Konto' })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('changes the name and municipality, and clears the municipality with an empty text', async () => {
    const { client, userId } = await createMember(server, regionId, 'medlem', 'Kari');
    const renamed = await client.patch('/api/account', { displayName: 'Kari Nordmann', municipality: 'Farsund' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.user).toMatchObject({ id: userId, displayName: 'Kari Nordmann', municipality: 'Farsund', isAdmin: false });
    expect(renamed.body.user.passwordHash).toBeUndefined();
    expect((await client.get('/api/auth/me')).body.user).toMatchObject({ displayName: 'Kari Nordmann', municipality: 'Farsund' });
    // Others see the new name in the member list.
    const members = (await server.admin.get(`/api/regions/${regionId}/members`)).body.members;
    expect(members.find((m: { userId: string }) => m.userId === userId).displayName).toBe('Kari Nordmann');

    const cleared = await client.patch('/api/account', { municipality: '' });
    expect(cleared.status).toBe(200);
    expect(cleared.body.user).toMatchObject({ displayName: 'Kari Nordmann', municipality: null });
  });

  it('refuses an empty change, unknown fields and an empty name with validation_failed', async () => {
    const { client } = await createMember(server, regionId, 'medlem', 'Ola');
    for (const body of [{}, { isAdmin: true }, { displayName: '' }]) {
      const refused = await client.patch('/api/account', body);
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({ code: 'validation_failed', message: expect.any(String) });
    }
    expect((await client.get('/api/auth/me')).body.user).toMatchObject({ displayName: 'Ola', isAdmin: false });
  });

  it('asks for a log-in before any of it', async () => {
    const anonymous = server.client();
    for (const [method, path, json] of [
      ['PATCH', '/api/account', { displayName: 'Ingen' }],
      ['POST', '/api/account/password', { currentPassword: 'x', newPassword: 'et-nytt-langt-passord' }],
      ['GET', '/api/account/sessions', undefined],
      ['DELETE', '/api/account/sessions/abc', undefined],
      ['POST', '/api/account/sessions/end-all', undefined],
    ] as const) {
      const answer = await anonymous.request(path, { method, json });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(answer.body.error.code).toBe('unauthenticated');
    }
  });

  it('changes the password only with the current one, and ends the other sessions but not this one', async () => {
    const { client, email } = await createMember(server, regionId, 'medlem');
    const phone = await new ApiClient(server.url).login(email, 'et-langt-passord');

    const wrong = await client.post('/api/account/password', { currentPassword: 'feil-passord', newPassword: 'et-nytt-langt-passord' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_credentials', fields: [{ path: 'currentPassword', message: expect.any(String) }] });
    expect((await phone.get('/api/auth/me')).body.user).not.toBeNull();

    const tooShort = await client.post('/api/account/password', { currentPassword: 'et-langt-passord', newPassword: 'kort' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.code).toBe('validation_failed');

    const changed = await client.post('/api/account/password', { currentPassword: 'et-langt-passord', newPassword: 'et-nytt-langt-passord' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ok: true, endedSessions: 1 });
    expect((await client.get('/api/auth/me')).body.user).not.toBeNull();
    expect((await phone.get('/api/auth/me')).body.user).toBeNull();
    expect((await server.client().post('/api/auth/login', { email, password: 'et-nytt-langt-passord' })).status).toBe(200);
  });

  it('lists only its own live sessions and ends one of them, not someone else’s', async () => {
    const me = await createMember(server, regionId, 'medlem');
    const other = await createMember(server, regionId, 'medlem');
    const laptop = await new ApiClient(server.url).login(me.email, 'et-langt-passord');

    const listed = await me.client.get('/api/account/sessions');
    expect(listed.status).toBe(200);
    expect(listed.body.sessions).toHaveLength(2);
    const [current] = listed.body.sessions.filter((s: { current: boolean }) => s.current);
    const [elsewhere] = listed.body.sessions.filter((s: { current: boolean }) => !s.current);
    expect(Date.parse(elsewhere.createdAt)).not.toBeNaN();

    const theirs = (await other.client.get('/api/account/sessions')).body.sessions[0].id as string;
    const notMine = await me.client.delete(`/api/account/sessions/${theirs}`);
    expect(notMine.status).toBe(404);
    expect(notMine.body.error.code).toBe('not_found');
    expect((await other.client.get('/api/auth/me')).body.user).not.toBeNull();

    expect((await me.client.delete(`/api/account/sessions/${elsewhere.id}`)).status).toBe(204);
    expect((await laptop.get('/api/auth/me')).body.user).toBeNull();
    expect((await me.client.get('/api/account/sessions')).body.sessions.map((s: { id: string }) => s.id)).toEqual([current.id]);

    // Ending the session one is using logs this browser out.
    const self = await me.client.delete(`/api/account/sessions/${current.id}`);
    expect(self.status).toBe(204);
    expect(me.client.hasCookie('planrom_session')).toBe(false);
    expect((await me.client.get('/api/auth/me')).body.user).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationPreviewSchema } from '../../../shared/schemas/membership';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('invitations and membership', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const invite = async (role = 'medlem', extra: Record<string, unknown> = {}) => {
    const created = await server.admin.post(`/api/regions/${regionId}/invitations`, { role, ...extra });
    return { id: created.body.invitation.id as string, token: String(created.body.invitation.path).split('/').pop()! };
  };
  const newAccount = (name: string) => ({ email: `${name.toLowerCase()}@kommune.test`, displayName: name, password: 'et-langt-passord' });

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('lets an invitee create an account and join with the invited role, once', async () => {
    const { token } = await invite('observator');
    const preview = await server.client().get(`/api/invitations/by-token/${token}`);
    expect(preview.body.invitation).toMatchObject({ regionName: 'Lister', regionLanguage: 'nb', role: 'observator', status: 'active' });
    expect(invitationPreviewSchema.safeParse(preview.body.invitation).success).toBe(true);

    const invitee = server.client();
    const joined = await invitee.post(`/api/invitations/by-token/${token}/register`, { ...newAccount('Siri'), municipality: 'Sirdal' });
    expect(joined.status).toBe(201);
    expect(joined.body.regionId).toBe(regionId);
    const me = await invitee.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ displayName: 'Siri', municipality: 'Sirdal', isAdmin: false });
    expect(me.body.memberships).toEqual([{ regionId, regionName: 'Lister', role: 'observator' }]);

    const reused = await server.client().post(`/api/invitations/by-token/${token}/register`, newAccount('Ulrik'));
    expect(reused.status).toBe(410);
    expect(reused.body.error.code).toBe('invitation_used');
    expect((await server.client().get(`/api/invitations/by-token/${token}`)).body.invitation.status).toBe('used');
    expect((await server.client().post('/api/auth/login', { email: 'ulrik@kommune.test', password: 'et-langt-passord' })).status).toBe(401);
  });

  it("says the region's language, so the invitation page can follow it", async () => {
    const nynorsk = (await server.admin.post('/api/regions', { name: 'Indre Agder' })).body.region.id;
    await server.admin.patch(`/api/regions/${nynorsk}`, { language: 'nn' });
    const created = await server.admin.post(`/api/regions/${nynorsk}/invitations`, { role: 'medlem' });
    const token = String(created.body.invitation.path).split('/').pop();
    const preview = await server.client().get(`/api/invitations/by-token/${token}`);
    expect(invitationPreviewSchema.parse(preview.body.invitation)).toMatchObject({ regionName: 'Indre Agder', regionLanguage: 'nn' });
  });

  it('lets a signed-in user accept an invitation', async () => {
    const other = (await server.admin.post('/api/regions', { name: 'Setesdal' })).body.region.id;
    const { client } = await createMember(server, other, 'medlem');
    const { token } = await invite('medlem');
    expect((await client.post(`/api/invitations/by-token/${token}/accept`)).status).toBe(200);
    const regions = (await client.get('/api/regions')).body.regions.map((r: { name: string }) => r.name).sort();
    expect(regions).toEqual(['Lister', 'Setesdal']);
  });

  it('says plainly when an invitation was revoked or has expired', async () => {
    const revoked = await invite();
    expect((await server.admin.delete(`/api/invitations/${revoked.id}`)).body.invitation.status).toBe('revoked');
    const refused = await server.client().post(`/api/invitations/by-token/${revoked.token}/register`, newAccount('Rolf'));
    expect(refused.status).toBe(410);
    expect(refused.body.error).toMatchObject({ code: 'invitation_revoked' });
    expect(refused.body.error.message).toMatch(/trukket tilbake/);

    const expiring = await invite();
    await server.database.client.execute({ sql: 'UPDATE invitations SET expires_at = ? WHERE id = ?', args: [Date.now() - 1000, expiring.id] });
    const expired = await server.client().post(`/api/invitations/by-token/${expiring.token}/register`, newAccount('Erik'));
    expect(expired.body.error.code).toBe('invitation_expired');
    expect((await server.client().get('/api/invitations/by-token/ikke-en-ekte-lenke')).status).toBe(404);
  });

  it('refuses a second account with the same email', async () => {
    const { token } = await invite();
    const taken = await server.client().post(`/api/invitations/by-token/${token}/register`, { ...newAccount('x'), email: 'ADMIN@planrom.test' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('email_taken');
    expect((await server.client().get(`/api/invitations/by-token/${token}`)).body.invitation.status).toBe('active');
  });

  it('keeps at least one coordinator', async () => {
    const region = (await server.admin.post('/api/regions', { name: 'Ensom' })).body.region.id;
    const coordinator = await createMember(server, region, 'koordinator');
    const leave = await coordinator.client.delete(`/api/regions/${region}/members/${coordinator.userId}`);
    expect(leave.status).toBe(409);
    expect(leave.body.error.code).toBe('last_coordinator');
    const demote = await server.admin.patch(`/api/regions/${region}/members/${coordinator.userId}`, { role: 'medlem' });
    expect(demote.status).toBe(409);
  });

  it('keeps boards and the maker’s name when they leave or their account is deleted', async () => {
    const maker = await createMember(server, regionId, 'medlem', 'Bodil Bygger');
    const board = (await maker.client.post(`/api/regions/${regionId}/boards`, { title: 'Bodils tavle', kind: 'canvas' })).body.board;
    expect(board.createdBy).toEqual({ id: maker.userId, name: 'Bodil Bygger' });
    expect((await maker.client.delete(`/api/regions/${regionId}/members/${maker.userId}`)).status).toBe(204);
    expect((await maker.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await server.admin.delete(`/api/users/${maker.userId}`)).status).toBe(204);
    const kept = await server.admin.get(`/api/boards/${board.id}`);
    expect(kept.body.board).toMatchObject({ title: 'Bodils tavle', createdBy: { name: 'Bodil Bygger' }, updatedBy: { name: 'Bodil Bygger' } });
    expect((await maker.client.get('/api/auth/me')).body.user).toBeNull();
  });
});

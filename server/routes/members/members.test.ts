import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('members of a region', () => {
  let server: ServerUnderTest;
  /** A fresh region for a test, so the coordinator counts of one test do not leak into another. */
  const newRegion = async (name: string) => (await server.admin.post('/api/regions', { name })).body.region.id as string;
  const rolesIn = async (regionId: string) =>
    Object.fromEntries(
      ((await server.admin.get(`/api/regions/${regionId}/members`)).body.members as Array<{ userId: string; role: string }>).map((m) => [m.userId, m.role]),
    );

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
  });
  afterAll(() => server.dispose());

  it('lists the members, by name, to everyone in the region and to nobody else', async () => {
    const regionId = await newRegion('Indre');
    const berit = await createMember(server, regionId, 'koordinator', 'Berit');
    const anders = await createMember(server, regionId, 'observator', 'Anders');
    const listed = await anders.client.get(`/api/regions/${regionId}/members`);
    expect(listed.status).toBe(200);
    expect(listed.body.members.map((m: { displayName: string; role: string }) => [m.displayName, m.role])).toEqual([
      ['Anders', 'observator'],
      ['Berit', 'koordinator'],
    ]);
    expect(listed.body.members[1]).toMatchObject({ userId: berit.userId, email: berit.email, municipality: null });
    expect(Date.parse(listed.body.members[1].joinedAt)).not.toBeNaN();

    const outsider = await createMember(server, await newRegion('Ytre'), 'koordinator');
    expect((await outsider.client.get(`/api/regions/${regionId}/members`)).status).toBe(404);
    expect((await server.client().get(`/api/regions/${regionId}/members`)).status).toBe(401);
  });

  it('lets a coordinator change roles and remove people; a member may do neither', async () => {
    const regionId = await newRegion('Roller');
    const coordinator = await createMember(server, regionId, 'koordinator');
    const member = await createMember(server, regionId, 'medlem');
    const other = await createMember(server, regionId, 'medlem');

    const refused = await member.client.patch(`/api/regions/${regionId}/members/${other.userId}`, { role: 'koordinator' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await member.client.delete(`/api/regions/${regionId}/members/${other.userId}`)).status).toBe(403);
    expect((await server.client().patch(`/api/regions/${regionId}/members/${other.userId}`, { role: 'medlem' })).status).toBe(401);

    const changed = await coordinator.client.patch(`/api/regions/${regionId}/members/${other.userId}`, { role: 'observator' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ member: { userId: other.userId, role: 'observator' } });
    expect((await rolesIn(regionId))[other.userId]).toBe('observator');
    // The observer lost write access: the server says so when they try to make a board.
    expect((await other.client.post(`/api/regions/${regionId}/boards`, { title: 'Nei', kind: 'canvas' })).status).toBe(403);

    expect((await coordinator.client.delete(`/api/regions/${regionId}/members/${other.userId}`)).status).toBe(204);
    expect((await rolesIn(regionId))[other.userId]).toBeUndefined();
    expect((await other.client.get(`/api/regions/${regionId}/members`)).status).toBe(404);
    const gone = await coordinator.client.delete(`/api/regions/${regionId}/members/${other.userId}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error).toMatchObject({ code: 'not_found', message: expect.any(String) });
  });

  it('refuses an unknown role or extra fields with validation_failed', async () => {
    const regionId = await newRegion('Skjema');
    const member = await createMember(server, regionId, 'medlem');
    const wrongRole = await server.admin.patch(`/api/regions/${regionId}/members/${member.userId}`, { role: 'sjef' });
    expect(wrongRole.status).toBe(400);
    expect(wrongRole.body.error).toMatchObject({ code: 'validation_failed', message: expect.any(String) });
    expect(wrongRole.body.error.fields.map((f: { path: string }) => f.path)).toContain('role');
    const extra = await server.admin.patch(`/api/regions/${regionId}/members/${member.userId}`, { role: 'medlem', isAdmin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.code).toBe('validation_failed');
    const badEmail = await server.admin.post(`/api/regions/${regionId}/members`, { email: 'ikke-en-adresse', role: 'medlem' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.code).toBe('validation_failed');
    expect((await rolesIn(regionId))[member.userId]).toBe('medlem');
  });

  it('lets the administrator add an existing account by e-mail, and only the administrator', async () => {
    const regionId = await newRegion('Legg til');
    const coordinator = await createMember(server, regionId, 'koordinator');
    const elsewhere = await createMember(server, await newRegion('Annet sted'), 'medlem');

    const byCoordinator = await coordinator.client.post(`/api/regions/${regionId}/members`, { email: elsewhere.email, role: 'medlem' });
    expect(byCoordinator.status).toBe(403);
    const added = await server.admin.post(`/api/regions/${regionId}/members`, { email: elsewhere.email, role: 'medlem' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ member: { userId: elsewhere.userId, role: 'medlem' } });
    expect((await elsewhere.client.get(`/api/regions/${regionId}/members`)).status).toBe(200);
    // Adding someone already there gives them the new role.
    expect((await server.admin.post(`/api/regions/${regionId}/members`, { email: elsewhere.email, role: 'observator' })).status).toBe(201);
    expect((await rolesIn(regionId))[elsewhere.userId]).toBe('observator');

    const unknown = await server.admin.post(`/api/regions/${regionId}/members`, { email: 'ingen@kommune.test', role: 'medlem' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
  });

  it('lets anyone leave, but never the last coordinator, whichever way the change comes', async () => {
    const regionId = await newRegion('Siste');
    const only = await createMember(server, regionId, 'koordinator');
    const member = await createMember(server, regionId, 'medlem');

    expect((await member.client.delete(`/api/regions/${regionId}/members/${member.userId}`)).status).toBe(204);
    const leave = await only.client.delete(`/api/regions/${regionId}/members/${only.userId}`);
    expect(leave.status).toBe(409);
    expect(leave.body.error).toMatchObject({ code: 'last_coordinator', message: expect.stringContaining('koordinator') });
    expect((await server.admin.patch(`/api/regions/${regionId}/members/${only.userId}`, { role: 'medlem' })).body.error.code).toBe('last_coordinator');
    expect((await server.admin.delete(`/api/regions/${regionId}/members/${only.userId}`)).status).toBe(409);
    // The administrator's add-by-e-mail cannot demote the last coordinator either.
    const readded = await server.admin.post(`/api/regions/${regionId}/members`, { email: only.email, role: 'observator' });
    expect(readded.status).toBe(409);
    expect(readded.body.error.code).toBe('last_coordinator');
    // Staying a coordinator is no loss.
    expect((await server.admin.patch(`/api/regions/${regionId}/members/${only.userId}`, { role: 'koordinator' })).status).toBe(200);
    expect(await rolesIn(regionId)).toEqual({ [only.userId]: 'koordinator' });

    const second = await createMember(server, regionId, 'koordinator');
    expect((await second.client.patch(`/api/regions/${regionId}/members/${only.userId}`, { role: 'medlem' })).status).toBe(200);
    expect((await second.client.delete(`/api/regions/${regionId}/members/${second.userId}`)).status).toBe(409);
  });

  it('keeps a coordinator when two demotions arrive at the same moment', async () => {
    for (let round = 0; round < 4; round += 1) {
      const regionId = await newRegion(`Samtidig ${round}`);
      const a = await createMember(server, regionId, 'koordinator');
      const b = await createMember(server, regionId, 'koordinator');
      // The administrator demotes both at once, and both coordinators step down at once.
      const byAdmin = await Promise.all([a, b].map((person) => server.admin.patch(`/api/regions/${regionId}/members/${person.userId}`, { role: 'medlem' })));
      expect(byAdmin.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(Object.values(await rolesIn(regionId)).filter((role) => role === 'koordinator')).toHaveLength(1);

      const c = await createMember(server, regionId, 'koordinator');
      const roles = await rolesIn(regionId);
      const coordinators = [a, b, c].filter((person) => roles[person.userId] === 'koordinator');
      expect(coordinators).toHaveLength(2);
      const themselves = await Promise.all(
        coordinators.map((person) => person.client.patch(`/api/regions/${regionId}/members/${person.userId}`, { role: 'observator' })),
      );
      expect(themselves.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(themselves.find((r) => r.status === 409)!.body.error.code).toBe('last_coordinator');
      expect(Object.values(await rolesIn(regionId)).filter((role) => role === 'koordinator')).toHaveLength(1);
    }
  });

  it('keeps a coordinator when two coordinators demote each other at the same moment', async () => {
    const regionId = await newRegion('Hverandre');
    const a = await createMember(server, regionId, 'koordinator');
    const b = await createMember(server, regionId, 'koordinator');
    const answers = await Promise.all([
      a.client.patch(`/api/regions/${regionId}/members/${b.userId}`, { role: 'medlem' }),
      b.client.patch(`/api/regions/${regionId}/members/${a.userId}`, { role: 'medlem' }),
    ]);
    // Whoever is demoted first is no coordinator any more: their own change is refused as not
    // theirs to make (403), or, if it was already past that check, as the last coordinator (409).
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect([403, 409]).toContain(answers.find((r) => r.status !== 200)!.status);
    expect(Object.values(await rolesIn(regionId)).filter((role) => role === 'koordinator')).toHaveLength(1);
  });

  it('keeps a coordinator when two coordinators leave at the same moment', async () => {
    const regionId = await newRegion('Begge går');
    const a = await createMember(server, regionId, 'koordinator');
    const b = await createMember(server, regionId, 'koordinator');
    const answers = await Promise.all([
      a.client.delete(`/api/regions/${regionId}/members/${a.userId}`),
      b.client.delete(`/api/regions/${regionId}/members/${b.userId}`),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([204, 409]);
    expect(Object.values(await rolesIn(regionId))).toEqual(['koordinator']);
  });
});

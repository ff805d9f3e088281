import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../../env';
import { startServer } from '../../start-server';
import { ApiClient } from '../../test/api-client';
import { createMember } from '../../test/factories';
import { startServerUnderTest, testAdmin, type ServerUnderTest } from '../../test/test-server';

describe('log in and sessions', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
  });
  afterAll(() => server.dispose());

  it('sets an httpOnly, SameSite=Lax session cookie and knows who is signed in', async () => {
    const client = server.client();
    const response = await client.post('/api/auth/login', { email: ' ADMIN@planrom.test ', password: testAdmin.password });
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('planrom_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on localhost
    const me = await client.get('/api/auth/me');
    expect(me.body.user).toMatchObject({ email: testAdmin.email, displayName: testAdmin.name, isAdmin: true });
    expect(me.body.user.passwordHash).toBeUndefined();
    expect(me.body.memberships).toEqual([{ regionId, regionName: 'Lister', role: 'koordinator' }]);
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const proxied = await startServerUnderTest({ demo: false, env: { TRUST_PROXY: 'true' } });
    try {
      const response = await proxied.client().request('/api/auth/login', {
        method: 'POST',
        json: { email: testAdmin.email, password: testAdmin.password },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.headers.getSetCookie()[0]).toMatch(/Secure/);
    } finally {
      await proxied.dispose();
    }
  });

  it('refuses a wrong password the same way as an unknown account', async () => {
    const wrong = await server.client().post('/api/auth/login', { email: testAdmin.email, password: 'feil-feil-feil' });
    const unknown = await server.client().post('/api/auth/login', { email: 'ingen@kommune.test', password: 'feil-feil-feil' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.message).toBe('Feil e-postadresse eller passord.');
  });

  it('stops guessing after five failures on one account, with a clear message', async () => {
    const { email } = await createMember(server, regionId, 'medlem');
    for (let i = 0; i < 5; i++) {
      expect((await server.client().post('/api/auth/login', { email, password: `gjett-${i}-xxxxx` })).status).toBe(401);
    }
    const locked = await server.client().post('/api/auth/login', { email, password: 'et-langt-passord' });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(locked.body.error.message).toMatch(/Vent \d+ minutter/);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("a stranger's five wrong passwords for the administrator hold back the stranger's address, not the administrator at another", async () => {
    const proxied = await startServerUnderTest({ demo: false, env: { TRUST_PROXY: 'true' } });
    try {
      const from = (address: string, password: string) =>
        proxied.client().request('/api/auth/login', { method: 'POST', json: { email: testAdmin.email, password }, headers: { 'x-forwarded-for': address } });
      for (let i = 0; i < 5; i++) expect((await from('203.0.113.66', `gjett-${i}-xxxxx`)).status).toBe(401);
      const stranger = await from('203.0.113.66', testAdmin.password);
      expect(stranger.status).toBe(429);
      expect(stranger.body.error.code).toBe('too_many_attempts');
      expect((await from('198.51.100.7', testAdmin.password)).status).toBe(200);
      // Other accounts from the stranger's address are not held back by this account's count.
      const otherAccount = await proxied.client().request('/api/auth/login', {
        method: 'POST',
        json: { email: 'ingen@kommune.test', password: 'feil-feil-feil' },
        headers: { 'x-forwarded-for': '203.0.113.66' },
      });
      expect(otherAccount.status).toBe(401);
    } finally {
      await proxied.dispose();
    }
  });

  it('logs out, lists sessions, and logs out everywhere', async () => {
    const { client, email } = await createMember(server, regionId, 'medlem');
    const laptop = await new ApiClient(server.url).login(email, 'et-langt-passord');
    const sessions = await client.get('/api/account/sessions');
    expect(sessions.body.sessions).toHaveLength(2);
    expect(sessions.body.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);

    const everywhere = await client.post('/api/account/sessions/end-all');
    expect(everywhere.body.endedSessions).toBe(2);
    expect((await laptop.get('/api/regions')).status).toBe(401);
    expect((await client.get('/api/regions')).status).toBe(401);

    const again = await new ApiClient(server.url).login(email, 'et-langt-passord');
    expect((await again.post('/api/auth/logout')).status).toBe(204);
    expect((await again.get('/api/auth/me')).body.user).toBeNull();
  });

  it('changes the password and ends the other sessions', async () => {
    const { client, email } = await createMember(server, regionId, 'medlem');
    const other = await new ApiClient(server.url).login(email, 'et-langt-passord');
    const changed = await client.post('/api/account/password', { currentPassword: 'et-langt-passord', newPassword: 'et-nytt-langt-passord' });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(1);
    expect((await client.get('/api/regions')).status).toBe(200);
    expect((await other.get('/api/regions')).status).toBe(401);
    expect((await server.client().post('/api/auth/login', { email, password: 'et-langt-passord' })).status).toBe(401);
    expect((await server.client().post('/api/auth/login', { email, password: 'et-nytt-langt-passord' })).status).toBe(200);
  });

  it('ends sessions after the idle time, counted from the last use', async () => {
    // The server's clock is the test's: an hour passes without an hour of waiting.
    let now = Date.parse('2026-03-02T08:00:00Z');
    const minutes = (n: number) => (now += n * 60_000);
    const idle = await startServerUnderTest({ demo: false, env: { SESSION_IDLE_HOURS: '1' }, sessionClock: () => now });
    try {
      expect((await idle.admin.get('/api/regions')).status).toBe(200);
      minutes(50);
      expect((await idle.admin.get('/api/regions')).status).toBe(200);
      // Used 50 minutes in, so idle only from then: still live 100 minutes after log-in.
      minutes(50);
      expect((await idle.admin.get('/api/regions')).status).toBe(200);
      minutes(61);
      expect((await idle.admin.get('/api/regions')).status).toBe(401);
    } finally {
      await idle.dispose();
    }
  });
});

describe('cross-site protection and headers', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServerUnderTest();
  });
  afterAll(() => server.dispose());

  it('refuses cookie-authenticated writes from another origin and changes nothing', async () => {
    const attack = await server.admin.request('/api/regions', {
      method: 'POST',
      json: { name: 'Fra et annet nettsted' },
      headers: { origin: 'https://evil.example' },
    });
    expect(attack.status).toBe(403);
    expect(attack.body.error.code).toBe('csrf_rejected');
    const fetchMetadata = await server.admin.request('/api/regions', {
      method: 'POST',
      json: { name: 'Fra et annet nettsted' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchMetadata.status).toBe(403);
    const names = (await server.admin.get('/api/regions')).body.regions.map((r: { name: string }) => r.name);
    expect(names).not.toContain('Fra et annet nettsted');
    const sameOrigin = await server.admin.request('/api/regions', { method: 'POST', json: { name: 'Egen' }, headers: { origin: server.url } });
    expect(sameOrigin.status).toBe(201);
  });

  it('sends security headers that allow no third-party origin', async () => {
    const response = await server.client().get('/api/health');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('the first administrator', () => {
  it('is made from PLANROM_ADMIN_* once and never overwritten', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planrom-admin-'));
    const base = { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' as const };
    try {
      const first = await startServer(readEnv({ ...base, PLANROM_ADMIN_EMAIL: 'sjef@kommune.test', PLANROM_ADMIN_PASSWORD: 'forste-passord' }));
      expect(first.services.setup.token).toBeNull();
      await first.close();
      const second = await startServer(readEnv({ ...base, PLANROM_ADMIN_EMAIL: 'sjef@kommune.test', PLANROM_ADMIN_PASSWORD: 'andre-passord!' }));
      const client = new ApiClient(second.url);
      expect((await client.post('/api/auth/login', { email: 'sjef@kommune.test', password: 'andre-passord!' })).status).toBe(401);
      expect((await client.post('/api/auth/login', { email: 'sjef@kommune.test', password: 'forste-passord' })).status).toBe(200);
      const me = await client.get('/api/auth/me');
      expect(me.body.memberships.map((m: { regionName: string; role: string }) => `${m.regionName}:${m.role}`)).toEqual(['Lister:koordinator']);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is otherwise made once on the set-up page with the printed token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planrom-setup-'));
    try {
      const running = await startServer(readEnv({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'p.db')}`, LOG_LEVEL: 'silent' }));
      const token = running.services.setup.token!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const client = new ApiClient(running.url);
      expect((await client.get('/api/auth/me')).body.needsSetup).toBe(true);
      const account = { email: 'forste@kommune.test', displayName: 'Første', password: 'et-godt-passord' };
      const wrong = await client.post('/api/auth/setup', { ...account, token: 'gjetting' });
      expect(wrong.status).toBe(403);
      expect((await client.post('/api/auth/setup', { ...account, token })).status).toBe(201);
      expect((await client.get('/api/auth/me')).body).toMatchObject({ user: { isAdmin: true }, needsSetup: false });
      const again = await new ApiClient(running.url).post('/api/auth/setup', { ...account, email: 'andre@kommune.test', token });
      expect(again.status).toBe(409);
      await running.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

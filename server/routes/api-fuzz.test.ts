import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../test/api-client';
import { dumpDatabase } from '../test/dump-database';
import { createBoard, createMember, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, testAdmin, type ServerUnderTest } from '../test/test-server';

/** Values for path parameters: real ids, unknown ids, and the tricks people try in paths. */
const hostileIds = [
  '00000000-0000-4000-8000-000000000000',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e',
  "1'%20OR%20'1'%3D'1",
  encodeURIComponent('‮evil‬'),
  encodeURIComponent('👩🏽‍🌾'),
  encodeURIComponent('a\u0000b'),
  'x'.repeat(2000),
  '-1',
  'null',
];

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Bodies of every wrong shape: wrong types, missing and extra fields, odd Unicode, size and depth. */
const hostileBodies: Array<{ label: string; body: string; type?: string }> = [
  { label: 'empty object', body: '{}' },
  { label: 'array', body: '[1,2,3]' },
  { label: 'string', body: '"text"' },
  { label: 'number', body: '42' },
  { label: 'null', body: 'null' },
  { label: 'truncated', body: '{"title":' },
  { label: 'wrong types', body: JSON.stringify({ title: 42, name: ['x'], kind: {}, role: true, email: 7, password: null, access: 1, language: 0 }) },
  { label: 'extra fields', body: JSON.stringify({ title: 'T', kind: 'canvas', isAdmin: true, regionId: 'other', __proto__: { polluted: true } }) },
  { label: 'prototype pollution', body: '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}' },
  { label: 'odd unicode', body: JSON.stringify({ title: '\u202e\u0000\ud800 title', name: '\uFEFF', displayName: '‮', guestName: '\u0000' }) },
  { label: 'deep nesting', body: deep(20_000) },
  { label: 'huge body', body: JSON.stringify({ title: 'x'.repeat(200_000) }) },
  { label: 'form data', body: 'title=x&kind=canvas', type: 'application/x-www-form-urlencoded' },
  { label: 'no content type', body: '{"title":"x"}', type: '' },
];

describe('hostile input on every API route', () => {
  let server: ServerUnderTest;
  const realIds: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServerUnderTest();
    const regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    const boardId = await createBoard(server, regionId);
    const member = await createMember(server, regionId, 'medlem');
    const link = await createShareLink(server, boardId, 'view');
    const invitation = await server.admin.post(`/api/regions/${regionId}/invitations`, { role: 'medlem' });
    Object.assign(realIds, {
      regionId,
      boardId,
      userId: member.userId,
      shareLinkId: link.id,
      token: link.token,
      invitationId: invitation.body.invitation.id,
      municipalityId: (await server.admin.get(`/api/regions/${regionId}`)).body.region.municipalities[0].id,
      sessionId: 'none',
    });
    // Also a guest, so guest-only paths are reached.
    await openShareLink(server.client(), link.token);
  }, 60_000);
  afterAll(() => server.dispose());

  const fill = (path: string, value: (name: string) => string) => path.replace(/:([A-Za-z]+)/g, (_m, name: string) => value(name));

  const recent: string[] = [];
  async function attack(caller: ApiClient, method: string, path: string, body?: { label: string; body: string; type?: string }) {
    const headers: Record<string, string> = {};
    if (body && body.type !== '') headers['content-type'] = body.type ?? 'application/json';
    const before = method === 'GET' ? null : await dumpDatabase(server.database.client, ['sessions']);
    let response;
    recent.push(`${method} ${path.slice(0, 60)} [${body?.label}]`);
    try {
      response = await caller.request(path, { method, body: body?.body, headers });
    } catch (error) {
      throw new Error(
        `${method} ${path.slice(0, 120)} [${body?.label}] failed: ${(error as Error).message} ${String((error as Error).cause)} after ${recent.slice(-4).join(' | ')}`,
        { cause: error },
      );
    }
    expect(response.status, `${method} ${path.slice(0, 120)} ${body ? body.body.slice(0, 40) : ''}`).toBeLessThan(500);
    if (response.status >= 400) {
      expect(response.body?.error?.code, `${method} ${path.slice(0, 80)}: JSON error body`).toMatch(/^[a-z_]+$/);
      if (before) expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);
    }
    return response.status;
  }

  it('answers every route with a 4xx (never a 5xx) and changes nothing when it refuses', async () => {
    const routes = server.app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      // Ending the caller's own sessions would only make the rest of the run anonymous.
      .filter((r) => !/\/auth\/logout|\/sessions\/end-all/.test(r.path));
    const unique = [...new Map(routes.map((r) => [`${r.method} ${r.path}`, r])).values()];
    expect(unique.length).toBeGreaterThan(30);
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);

    for (const route of unique) {
      const callers = [server.admin, server.client()];
      for (const caller of callers) {
        for (const id of hostileIds)
          count(
            await attack(
              caller,
              route.method,
              fill(route.path, () => id),
            ),
          );
        if (route.method !== 'GET') {
          const path = fill(route.path, (name) => realIds[name] ?? realIds.regionId!);
          for (const body of hostileBodies) count(await attack(caller, route.method, path, body));
        }
      }
      // The admin may have deleted something real with an empty body: log in again if needed.
      if (!(await server.admin.get('/api/auth/me')).body.user) await server.admin.login(testAdmin.email, testAdmin.password);
    }
    expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  }, 240_000);

  it('still works normally afterwards', async () => {
    expect((await server.api('/api/health')).status).toBe(200);
    expect((await server.admin.get('/api/regions')).status).toBe(200);
  });
});

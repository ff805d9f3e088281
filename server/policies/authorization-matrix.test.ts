import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, RequestOptions } from '../test/api-client';
import { dumpDatabase } from '../test/dump-database';
import { createBoard, createMember, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

const principals = ['anonymous', 'otherRegion', 'observer', 'member', 'coordinator', 'admin', 'viewGuest', 'editGuest'] as const;
type PrincipalName = (typeof principals)[number];
type Expected = [number, number, number, number, number, number, number, number];

interface Target {
  /** The board the request is about; guests are guests of this board. */
  boardId: string;
  regionId: string;
  shareLinkId: string;
  invitationId: string;
  invitationToken: string;
  viewToken: string;
  userId: string;
  municipalityId: string;
}

interface Case {
  name: string;
  /** `fresh` targets are made anew for every principal, so an allowed write cannot spoil the next. */
  board?: 'shared' | 'fresh' | 'fresh-archived';
  freshUser?: boolean;
  /** Run on a copy of the caller, for requests that change who the caller is. */
  onCopy?: boolean;
  request(t: Target): RequestOptions & { path: string };
  expect: Expected;
}

const counties = ['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '46', '50', '55', '56'];
let numbersUsed = 0;
/** A kommunenummer not used before in this test (valid county prefix, never one of Lister's). */
function nextKommunenummer(): string {
  numbersUsed += 1;
  return `${counties[numbersUsed % counties.length]}${String(Math.floor(numbersUsed / counties.length)).padStart(2, '0')}`;
}

//                        anon other obs  mem  coord admin vGst eGst
const cases: Case[] = [
  { name: 'health', request: () => ({ path: '/api/health' }), expect: [200, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'who am I', request: () => ({ path: '/api/auth/me' }), expect: [200, 200, 200, 200, 200, 200, 200, 200] },
  { name: 'list regions', request: () => ({ path: '/api/regions' }), expect: [401, 200, 200, 200, 200, 200, 401, 401] },
  { name: 'create region', request: () => ({ path: '/api/regions', method: 'POST', json: { name: 'Ny' } }), expect: [401, 403, 403, 403, 403, 201, 401, 401] },
  { name: 'get region', request: (t) => ({ path: `/api/regions/${t.regionId}` }), expect: [401, 404, 200, 200, 200, 200, 401, 401] },
  {
    name: 'update region',
    request: (t) => ({ path: `/api/regions/${t.regionId}`, method: 'PATCH', json: { description: 'x' } }),
    expect: [401, 404, 403, 403, 200, 200, 401, 401],
  },
  {
    name: 'add municipality',
    request: (t) => ({ path: `/api/regions/${t.regionId}/municipalities`, method: 'POST', json: { name: 'Åseral', kommunenummer: nextKommunenummer() } }),
    expect: [401, 404, 403, 403, 201, 201, 401, 401],
  },
  {
    name: 'remove municipality',
    request: (t) => ({ path: `/api/regions/${t.regionId}/municipalities/${t.municipalityId}`, method: 'DELETE' }),
    expect: [401, 404, 403, 403, 204, 204, 401, 401],
  },
  { name: 'list members', request: (t) => ({ path: `/api/regions/${t.regionId}/members` }), expect: [401, 404, 200, 200, 200, 200, 401, 401] },
  {
    name: 'add member by email',
    freshUser: true,
    request: (t) => ({ path: `/api/regions/${t.regionId}/members`, method: 'POST', json: { email: 'admin@planrom.test', role: 'medlem' } }),
    expect: [401, 403, 403, 403, 403, 201, 401, 401],
  },
  {
    name: 'change role',
    freshUser: true,
    request: (t) => ({ path: `/api/regions/${t.regionId}/members/${t.userId}`, method: 'PATCH', json: { role: 'observator' } }),
    expect: [401, 404, 403, 403, 200, 200, 401, 401],
  },
  {
    name: 'remove member',
    freshUser: true,
    request: (t) => ({ path: `/api/regions/${t.regionId}/members/${t.userId}`, method: 'DELETE' }),
    expect: [401, 404, 403, 403, 204, 204, 401, 401],
  },
  { name: 'list invitations', request: (t) => ({ path: `/api/regions/${t.regionId}/invitations` }), expect: [401, 404, 403, 403, 200, 200, 401, 401] },
  {
    name: 'create invitation',
    request: (t) => ({ path: `/api/regions/${t.regionId}/invitations`, method: 'POST', json: { role: 'medlem' } }),
    expect: [401, 404, 403, 403, 201, 201, 401, 401],
  },
  {
    name: 'revoke invitation',
    request: (t) => ({ path: `/api/invitations/${t.invitationId}`, method: 'DELETE' }),
    expect: [401, 404, 403, 403, 200, 200, 401, 401],
  },
  {
    name: 'preview invitation',
    request: (t) => ({ path: `/api/invitations/by-token/${t.invitationToken}` }),
    expect: [200, 200, 200, 200, 200, 200, 200, 200],
  },
  { name: 'list boards', request: (t) => ({ path: `/api/regions/${t.regionId}/boards` }), expect: [401, 404, 200, 200, 200, 200, 401, 401] },
  {
    name: 'create board',
    request: (t) => ({ path: `/api/regions/${t.regionId}/boards`, method: 'POST', json: { title: 'Ny', kind: 'diagram' } }),
    expect: [401, 404, 403, 201, 201, 201, 401, 401],
  },
  { name: 'get board', request: (t) => ({ path: `/api/boards/${t.boardId}` }), expect: [401, 404, 200, 200, 200, 200, 200, 200] },
  {
    name: 'rename board',
    request: (t) => ({ path: `/api/boards/${t.boardId}`, method: 'PATCH', json: { title: 'Omdøpt' } }),
    expect: [401, 404, 403, 200, 200, 200, 403, 403],
  },
  {
    name: 'duplicate board',
    request: (t) => ({ path: `/api/boards/${t.boardId}/duplicate`, method: 'POST' }),
    expect: [401, 404, 403, 201, 201, 201, 403, 403],
  },
  {
    name: 'archive board',
    board: 'fresh',
    request: (t) => ({ path: `/api/boards/${t.boardId}/archive`, method: 'POST' }),
    expect: [401, 404, 403, 200, 200, 200, 403, 403],
  },
  {
    name: 'restore board',
    board: 'fresh-archived',
    request: (t) => ({ path: `/api/boards/${t.boardId}/restore`, method: 'POST' }),
    expect: [401, 404, 403, 200, 200, 200, 401, 401],
  },
  {
    name: 'delete board',
    board: 'fresh-archived',
    request: (t) => ({ path: `/api/boards/${t.boardId}`, method: 'DELETE' }),
    expect: [401, 404, 403, 403, 204, 204, 401, 401],
  },
  { name: 'list share links', request: (t) => ({ path: `/api/boards/${t.boardId}/share-links` }), expect: [401, 404, 403, 403, 200, 200, 403, 403] },
  {
    name: 'create share link',
    request: (t) => ({ path: `/api/boards/${t.boardId}/share-links`, method: 'POST', json: { access: 'edit' } }),
    expect: [401, 404, 403, 403, 201, 201, 403, 403],
  },
  {
    name: 'revoke share link',
    request: (t) => ({ path: `/api/share-links/${t.shareLinkId}`, method: 'DELETE' }),
    expect: [401, 404, 403, 403, 200, 200, 401, 401],
  },
  {
    name: 'open share link',
    onCopy: true,
    request: (t) => ({ path: `/api/share/${t.viewToken}/open`, method: 'POST' }),
    expect: [200, 200, 200, 200, 200, 200, 200, 200],
  },
  {
    name: 'rename guest',
    request: () => ({ path: '/api/guest', method: 'PATCH', json: { guestName: 'Skjerm i møterommet' } }),
    expect: [401, 401, 401, 401, 401, 401, 200, 200],
  },
  { name: 'my sessions', request: () => ({ path: '/api/account/sessions' }), expect: [401, 200, 200, 200, 200, 200, 401, 401] },
  {
    name: 'update my account',
    request: () => ({ path: '/api/account', method: 'PATCH', json: { municipality: 'Sirdal' } }),
    expect: [401, 200, 200, 200, 200, 200, 401, 401],
  },
  {
    name: 'change password (wrong current)',
    request: () => ({ path: '/api/account/password', method: 'POST', json: { currentPassword: 'feil-passord', newPassword: 'nytt-passord-123' } }),
    expect: [401, 400, 400, 400, 400, 400, 401, 401],
  },
  { name: 'barometer rounds', request: (t) => ({ path: `/api/regions/${t.regionId}/barometer` }), expect: [401, 404, 200, 200, 200, 200, 401, 401] },
  {
    name: 'answer a barometer round that does not exist',
    request: (t) => ({
      path: `/api/regions/${t.regionId}/barometer/rounds/ingen/answers/mine`,
      method: 'PUT',
      json: { answers: [{ principle: 1, score: 3 }] },
    }),
    expect: [401, 404, 403, 404, 404, 404, 401, 401],
  },
  { name: 'board decisions', request: (t) => ({ path: `/api/boards/${t.boardId}/decisions` }), expect: [401, 404, 200, 200, 200, 200, 200, 200] },
  {
    name: 'mark a decision',
    request: (t) => ({
      path: `/api/boards/${t.boardId}/decisions/shape:matrise`,
      method: 'PUT',
      json: { itemLabel: 'Lapp', text: 'Vedtatt', decidedOn: '2026-11-03', agreedBy: 'Alle' },
    }),
    expect: [401, 404, 403, 200, 200, 200, 403, 200],
  },
  { name: 'region decisions', request: (t) => ({ path: `/api/regions/${t.regionId}/decisions` }), expect: [401, 404, 200, 200, 200, 200, 401, 401] },
  { name: 'list users', request: () => ({ path: '/api/users' }), expect: [401, 403, 403, 403, 403, 200, 401, 401] },
  // Last: accepting makes the caller a member of the region, which would change later rows.
  {
    name: 'accept invitation',
    request: (t) => ({ path: `/api/invitations/by-token/${t.invitationToken}/accept`, method: 'POST' }),
    expect: [401, 200, 200, 200, 200, 200, 401, 401],
  },
  {
    name: 'delete user',
    freshUser: true,
    request: (t) => ({ path: `/api/users/${t.userId}`, method: 'DELETE' }),
    expect: [401, 403, 403, 403, 403, 204, 401, 401],
  },
];

describe('authorization matrix: every route × every kind of caller', () => {
  let server: ServerUnderTest;
  const callers = {} as Record<PrincipalName, ApiClient>;
  let regionId: string;
  let otherRegionId: string;
  let sharedBoard: { boardId: string; viewToken: string; editToken: string };

  async function boardWithGuests(archived: boolean) {
    const boardId = await createBoard(server, regionId, 'Matrise');
    const view = await createShareLink(server, boardId, 'view');
    const edit = await createShareLink(server, boardId, 'edit');
    await openShareLink(callers.viewGuest, view.token);
    await openShareLink(callers.editGuest, edit.token);
    if (archived) await server.admin.post(`/api/boards/${boardId}/archive`);
    return { boardId, viewToken: view.token, editToken: edit.token };
  }

  async function targetFor(testCase: Case): Promise<Target> {
    const board = testCase.board === 'fresh' || testCase.board === 'fresh-archived' ? await boardWithGuests(testCase.board === 'fresh-archived') : sharedBoard;
    if (!testCase.board || testCase.board === 'shared') {
      await openShareLink(callers.viewGuest, sharedBoard.viewToken);
      await openShareLink(callers.editGuest, sharedBoard.editToken);
    }
    const invitation = await server.admin.post(`/api/regions/${regionId}/invitations`, { role: 'observator' });
    const link = await createShareLink(server, sharedBoard.boardId, 'view');
    const municipality = await server.admin.post(`/api/regions/${regionId}/municipalities`, {
      name: 'Midlertidig',
      kommunenummer: nextKommunenummer(),
    });
    const user = testCase.freshUser ? await createMember(server, regionId, 'medlem') : null;
    return {
      boardId: board.boardId,
      regionId,
      shareLinkId: link.id,
      invitationId: invitation.body.invitation.id,
      invitationToken: String(invitation.body.invitation.path).split('/').pop()!,
      viewToken: board.viewToken,
      userId: user?.userId ?? '',
      municipalityId: municipality.body.municipality?.id ?? '',
    };
  }

  beforeAll(async () => {
    server = await startServerUnderTest();
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    otherRegionId = (await server.admin.post('/api/regions', { name: 'Et annet samarbeid' })).body.region.id;
    callers.anonymous = server.client();
    callers.admin = server.admin;
    callers.otherRegion = (await createMember(server, otherRegionId, 'koordinator', 'Olga Annensted')).client;
    callers.observer = (await createMember(server, regionId, 'observator', 'Oda Observatør')).client;
    callers.member = (await createMember(server, regionId, 'medlem', 'Mats Medlem')).client;
    callers.coordinator = (await createMember(server, regionId, 'koordinator', 'Kari Koordinator')).client;
    callers.viewGuest = server.client();
    callers.editGuest = server.client();
    sharedBoard = await boardWithGuests(false);
  }, 60_000);
  afterAll(() => server.dispose());

  it('shows each user only the regions they belong to', async () => {
    const names = async (caller: ApiClient) => (await caller.get('/api/regions')).body.regions.map((r: { name: string }) => r.name).sort();
    expect(await names(callers.otherRegion)).toEqual(['Et annet samarbeid']);
    expect(await names(callers.observer)).toContain('Lister');
    expect(await names(callers.observer)).not.toContain('Et annet samarbeid');
    expect((await names(server.admin)).length).toBeGreaterThanOrEqual(2);
  });

  for (const testCase of cases) {
    it(testCase.name, async () => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const [index, principal] of principals.entries()) {
        const target = await targetFor(testCase);
        const { path, ...init } = testCase.request(target);
        const caller = testCase.onCopy ? callers[principal].clone() : callers[principal];
        const before = await dumpDatabase(server.database.client, ['sessions']);
        const response = await caller.request(path, init);
        const expected = testCase.expect[index]!;
        outcomes.push(`${principal}:${response.status}`);
        wanted.push(`${principal}:${expected}`);
        if (response.status >= 400) {
          expect(response.body.error.code, `${principal} ${path}`).toMatch(/^[a-z_]+$/);
          if ((init.method ?? 'GET') !== 'GET') {
            expect(await dumpDatabase(server.database.client, ['sessions']), `${principal} changed data`).toEqual(before);
          }
        }
      }
      expect(outcomes).toEqual(wanted);
    });
  }
});

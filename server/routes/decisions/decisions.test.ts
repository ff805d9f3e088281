import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump-database';
import { createBoard, createMember, createShareLink, openShareLink } from '../../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

const decision = {
  itemLabel: 'Felles planforum hver måned',
  text: 'Vi holder planforum første tirsdag i måneden.',
  decidedOn: '2026-11-03',
  agreedBy: 'Alle seks kommunene',
};

describe('decisions on boards', () => {
  let server: ServerUnderTest;
  let regionId: string;
  let boardId: string;

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.admin.post('/api/regions', { name: 'Vedtak' })).body.region.id;
    boardId = await createBoard(server, regionId, 'Spilleregler');
  });
  afterAll(() => server.dispose());

  it('lets editors mark an item as a decision, change it and take it back; lists it on the board and the region', async () => {
    const member = await createMember(server, regionId, 'medlem', 'Mia Medlem');
    const marked = await member.client.request(`/api/boards/${boardId}/decisions/shape:abc`, { method: 'PUT', json: decision });
    expect(marked.status).toBe(200);
    expect(marked.body.decision).toMatchObject({ ...decision, itemId: 'shape:abc', boardId, markedBy: { id: member.userId, name: 'Mia Medlem' } });

    const changed = await member.client.request(`/api/boards/${boardId}/decisions/shape:abc`, {
      method: 'PUT',
      json: { ...decision, agreedBy: 'Rådmannsutvalget' },
    });
    expect(changed.body.decision.agreedBy).toBe('Rådmannsutvalget');
    await member.client.request(`/api/boards/${boardId}/decisions/node-2`, {
      method: 'PUT',
      json: { ...decision, decidedOn: '2026-12-01', text: 'Senere vedtak' },
    });

    const onBoard = (await member.client.get(`/api/boards/${boardId}/decisions`)).body.decisions;
    expect(onBoard.map((d: { itemId: string }) => d.itemId)).toEqual(['shape:abc', 'node-2']);
    const inRegion = (await member.client.get(`/api/regions/${regionId}/decisions`)).body.decisions;
    expect(inRegion.map((d: { text: string; board: { title: string } }) => [d.text, d.board.title])).toEqual([
      ['Senere vedtak', 'Spilleregler'],
      [decision.text, 'Spilleregler'],
    ]);

    expect((await member.client.request(`/api/boards/${boardId}/decisions/node-2`, { method: 'DELETE' })).status).toBe(204);
    expect((await member.client.request(`/api/boards/${boardId}/decisions/node-2`, { method: 'DELETE' })).status).toBe(404);
    expect((await member.client.get(`/api/boards/${boardId}/decisions`)).body.decisions).toHaveLength(1);
  });

  it('refuses observers, view guests, strangers and bad input, changing nothing', async () => {
    const observer = await createMember(server, regionId, 'observator');
    const other = (await server.admin.post('/api/regions', { name: 'Annen' })).body.region.id;
    const stranger = await createMember(server, other, 'koordinator');
    const guest = server.client();
    await openShareLink(guest, (await createShareLink(server, boardId, 'view')).token);
    const before = await dumpDatabase(server.database.client, ['sessions']);
    const put = (client = server.admin, item = 'shape:x', json: unknown = decision) =>
      client.request(`/api/boards/${boardId}/decisions/${item}`, { method: 'PUT', json });
    expect((await put(observer.client)).status).toBe(403);
    expect((await put(guest)).status).toBe(403);
    expect((await put(stranger.client)).status).toBe(404);
    expect((await put(server.client())).status).toBe(401);
    expect((await put(server.admin, 'shape%20x')).status).toBe(400);
    expect((await put(server.admin, 'shape:x', { ...decision, text: '' })).status).toBe(400);
    expect((await put(server.admin, 'shape:x', { ...decision, decidedOn: '2026-13-01' })).status).toBe(400);
    expect(await dumpDatabase(server.database.client, ['sessions'])).toEqual(before);
    // Those who may open the board may read its decisions.
    expect((await observer.client.get(`/api/boards/${boardId}/decisions`)).status).toBe(200);
    expect((await guest.get(`/api/boards/${boardId}/decisions`)).status).toBe(200);
    expect((await stranger.client.get(`/api/regions/${regionId}/decisions`)).status).toBe(404);
  });

  it('leaves archived boards out of the region’s list and deletes decisions with their board', async () => {
    const archived = await createBoard(server, regionId, 'Gammel');
    await server.admin.request(`/api/boards/${archived}/decisions/n1`, { method: 'PUT', json: decision });
    await server.admin.post(`/api/boards/${archived}/archive`);
    const titles = (await server.admin.get(`/api/regions/${regionId}/decisions`)).body.decisions.map((d: { board: { title: string } }) => d.board.title);
    expect(titles).not.toContain('Gammel');
    expect((await server.admin.request(`/api/boards/${archived}/decisions/n2`, { method: 'PUT', json: decision })).status).toBe(403);
    expect((await server.admin.request(`/api/boards/${archived}`, { method: 'DELETE' })).status).toBe(204);
    const left = await server.database.client.execute({ sql: 'select count(*) as n from board_decisions where board_id = ?', args: [archived] });
    expect(Number(left.rows[0]!.n)).toBe(0);
  });
});

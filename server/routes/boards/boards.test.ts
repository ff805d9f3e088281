import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSyncDatabase } from '../../db/sync-database';
import { dumpDatabase } from '../../test/dump-database';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('boards API', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const createBoard = (title: string, kind = 'canvas', extra: Record<string, unknown> = {}) =>
    server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json: { title, kind, ...extra } });
  const listTitles = async (archived?: string) =>
    (await server.api(`/api/regions/${regionId}/boards${archived ? `?archived=${archived}` : ''}`)).body.boards.map((b: { title: string }) => b.title);

  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Test' } })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('creates boards of both kinds and lists them, newest change first', async () => {
    const canvas = await createBoard('Vårt formål', 'canvas', { templateId: 'vart-formal' });
    expect(canvas.status).toBe(201);
    expect(canvas.body.board).toMatchObject({ title: 'Vårt formål', kind: 'canvas', templateId: 'vart-formal', archivedAt: null, regionId });
    const diagram = await createBoard('Aktørkart', 'diagram');
    expect(diagram.body.board.templateId).toBeNull();
    expect(await listTitles()).toEqual(['Aktørkart', 'Vårt formål']);
    expect((await server.api(`/api/boards/${canvas.body.board.id}`)).body.board.title).toBe('Vårt formål');
    expect((await server.api(`/api/regions/${regionId}`)).body.region.boardCount).toBe(2);
  });

  it('refuses control characters in titles and names with a 400 naming the field, and stores nothing', async () => {
    const before = await listTitles();
    for (const title of ['Plan\u0000skjult', 'Plan\u0007', 'Plan\nto linjer']) {
      const refused = await createBoard(title);
      expect(refused.status, JSON.stringify(title)).toBe(400);
      expect(refused.body.error.code).toBe('validation_failed');
      expect(refused.body.error.fields).toEqual([expect.objectContaining({ path: 'title', message: expect.stringContaining('kontrolltegn') })]);
    }
    const { body } = await createBoard('Ren tittel');
    const rename = await server.api(`/api/boards/${body.board.id}`, { method: 'PATCH', json: { title: 'Ny\u0000' } });
    expect(rename.status).toBe(400);
    expect(rename.body.error.fields[0].path).toBe('title');
    const region = await server.api('/api/regions', { method: 'POST', json: { name: 'Region', description: 'To linjer\nog\ttab er lov, \u0000 er ikke' } });
    expect(region.status).toBe(400);
    expect(region.body.error.fields[0].path).toBe('description');
    const fine = await server.api('/api/regions', { method: 'POST', json: { name: 'Region med linjer', description: 'To linjer\nog\ttab er lov' } });
    expect(fine.status).toBe(201);
    expect(fine.body.region.description).toBe('To linjer\nog\ttab er lov');
    const account = await server.api('/api/account', { method: 'PATCH', json: { displayName: 'Ada\u0000' } });
    expect(account.status).toBe(400);
    expect(account.body.error.fields[0].path).toBe('displayName');
    expect(await listTitles()).toEqual(['Ren tittel', ...before]);
  });

  it('renames a board and moves it to the top of the list', async () => {
    const { body } = await createBoard('Gammel tittel');
    await new Promise((r) => setTimeout(r, 5));
    const renamed = await server.api(`/api/boards/${body.board.id}`, { method: 'PATCH', json: { title: 'Ny tittel' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body.board.title).toBe('Ny tittel');
    expect(Date.parse(renamed.body.board.updatedAt)).toBeGreaterThan(Date.parse(body.board.updatedAt));
    expect((await listTitles())[0]).toBe('Ny tittel');
  });

  it('duplicates a board as a new active board', async () => {
    const { body } = await createBoard('Spilleregler', 'canvas', { templateId: 'spilleregler-for-samarbeidet' });
    const copy = await server.api(`/api/boards/${body.board.id}/duplicate`, { method: 'POST' });
    expect(copy.status).toBe(201);
    expect(copy.body.board).toMatchObject({ title: 'Spilleregler (kopi)', kind: 'canvas', templateId: 'spilleregler-for-samarbeidet' });
    expect(copy.body.board.id).not.toBe(body.board.id);
    const named = await server.api(`/api/boards/${body.board.id}/duplicate`, { method: 'POST', json: { title: 'Lyngdals versjon' } });
    expect(named.body.board.title).toBe('Lyngdals versjon');
  });

  it('archives, restores and only deletes for good once archived', async () => {
    const { body } = await createBoard('Arkiveres');
    const id = body.board.id;
    const refused = await server.api(`/api/boards/${id}`, { method: 'DELETE' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('board_not_archived');

    const archived = await server.api(`/api/boards/${id}/archive`, { method: 'POST' });
    expect(archived.body.board.archivedAt).not.toBeNull();
    expect(await listTitles()).not.toContain('Arkiveres');
    expect(await listTitles('only')).toEqual(['Arkiveres']);
    expect(await listTitles('true')).toContain('Arkiveres');

    const restored = await server.api(`/api/boards/${id}/restore`, { method: 'POST' });
    expect(restored.body.board.archivedAt).toBeNull();
    expect(await listTitles()).toContain('Arkiveres');

    await server.api(`/api/boards/${id}/archive`, { method: 'POST' });
    const deleted = await server.api(`/api/boards/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect((await server.api(`/api/boards/${id}`)).status).toBe(404);
  });

  it('lists what another process or a board room wrote at once, and what this one wrote, however often it is asked', async () => {
    const { body } = await createBoard('Før');
    const id = body.board.id;
    expect((await listTitles())[0]).toBe('Før');
    expect((await listTitles())[0]).toBe('Før');
    // Another connection to the same file: a board room, or another Planrom process.
    const other = openSyncDatabase(server.database.url);
    try {
      other.prepare('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?').run('Fra en annen prosess', Date.now() + 1000, id);
      expect((await listTitles())[0]).toBe('Fra en annen prosess');
      other.prepare('UPDATE boards SET updated_by_name = ? WHERE id = ?').run('Bo i rommet', id);
      const [listed] = (await server.api(`/api/regions/${regionId}/boards`)).body.boards;
      expect(listed.updatedBy.name).toBe('Bo i rommet');
    } finally {
      other.close();
    }
    await server.api(`/api/boards/${id}`, { method: 'PATCH', json: { title: 'Etter' } });
    expect((await listTitles())[0]).toBe('Etter');
    expect(await listTitles('only')).toEqual([]);
    await server.api(`/api/boards/${id}/archive`, { method: 'POST' });
    expect(await listTitles()).not.toContain('Etter');
    expect(await listTitles('only')).toEqual(['Etter']);
  });

  it('refuses bad input without changing anything', async () => {
    const { body } = await createBoard('Urørt');
    const id = body.board.id;
    const before = await dumpDatabase(server.database.client);
    const attempts = [
      server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json: { title: 'X', kind: 'whiteboard' } }),
      server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json: { title: '   ', kind: 'canvas' } }),
      server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json: { title: 'X', kind: 'canvas', regionId: 'other' } }),
      server.api(`/api/regions/${regionId}/boards`, { method: 'POST', json: { title: { $gt: '' }, kind: 'canvas' } }),
      server.api(`/api/regions/${regionId}/boards?archived=maybe`),
      server.api(`/api/boards/${id}`, { method: 'PATCH', json: { title: 'x'.repeat(201) } }),
      server.api(`/api/boards/${id}`, { method: 'PATCH', json: { title: 'Ok', kind: 'diagram' } }),
      server.api(`/api/boards/${id}`, { method: 'PATCH', body: 'title=x', headers: { 'content-type': 'text/plain' } }),
      server.api(`/api/boards/${id}/duplicate`, { method: 'POST', json: { title: '' } }),
      server.api(`/api/boards/${id}`, { method: 'DELETE' }),
      server.api('/api/boards/%2E%2E%2Fregions', { method: 'DELETE' }),
      server.api('/api/regions/00000000-0000-4000-8000-000000000000/boards', { method: 'POST', json: { title: 'X', kind: 'canvas' } }),
    ];
    const statuses = (await Promise.all(attempts)).map((r) => r.status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 400, 400, 415, 400, 409, 404, 404]);
    expect(await dumpDatabase(server.database.client)).toEqual(before);
  });
});

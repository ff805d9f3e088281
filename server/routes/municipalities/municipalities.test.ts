import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump-database';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('municipalities API', () => {
  let server: ServerUnderTest;
  let regionId: string;
  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
    regionId = (await server.api('/api/regions', { method: 'POST', json: { name: 'Test' } })).body.region.id;
  });
  afterAll(() => server.dispose());

  it('adds and removes a member municipality', async () => {
    const added = await server.api(`/api/regions/${regionId}/municipalities`, {
      method: 'POST',
      json: { name: 'Sirdal', kommunenummer: '4228' },
    });
    expect(added.status).toBe(201);
    expect((await server.api(`/api/regions/${regionId}`)).body.region.municipalities).toEqual([
      { id: added.body.municipality.id, name: 'Sirdal', kommunenummer: '4228' },
    ]);

    const removed = await server.api(`/api/regions/${regionId}/municipalities/${added.body.municipality.id}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect((await server.api(`/api/regions/${regionId}`)).body.region.municipalities).toEqual([]);
    const again = await server.api(`/api/regions/${regionId}/municipalities/${added.body.municipality.id}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
  });

  it('validates kommunenummer and keeps it unique within the region', async () => {
    await server.api(`/api/regions/${regionId}/municipalities`, { method: 'POST', json: { name: 'Farsund', kommunenummer: '4206' } });
    const before = await dumpDatabase(server.database.client);
    for (const kommunenummer of ['420', '42066', 'abcd', '9906', '', ' 4 2 0 6']) {
      const response = await server.api(`/api/regions/${regionId}/municipalities`, {
        method: 'POST',
        json: { name: 'Feil', kommunenummer },
      });
      expect(response.status, kommunenummer).toBe(400);
      expect(response.body.error.fields[0].path).toBe('kommunenummer');
    }
    const duplicate = await server.api(`/api/regions/${regionId}/municipalities`, {
      method: 'POST',
      json: { name: 'Farsund igjen', kommunenummer: '4206' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toContain('4206');
    expect(await dumpDatabase(server.database.client)).toEqual(before);
  });

  it('lets two regions share a municipality', async () => {
    const other = (await server.api('/api/regions', { method: 'POST', json: { name: 'Annen' } })).body.region.id;
    const response = await server.api(`/api/regions/${other}/municipalities`, {
      method: 'POST',
      json: { name: 'Farsund', kommunenummer: '4206' },
    });
    expect(response.status).toBe(201);
  });

  it('gives a new member municipality its own variant in the region’s plan-process boards, and leaves other boards alone', async () => {
    const region = (await server.api('/api/regions', { method: 'POST', json: { name: 'Varianter' } })).body.region.id;
    const process = (await server.api(`/api/regions/${region}/boards`, { method: 'POST', json: { templateId: 'en-felles-planprosess' } })).body.board;
    const actors = (await server.api(`/api/regions/${region}/boards`, { method: 'POST', json: { templateId: 'regionens-aktorkart' } })).body.board;
    const variantsOf = async (boardId: string) =>
      (await server.api(`/api/boards/${boardId}/diagram/export.json`)).body.variants as Array<{ name: string; municipalityId: string | null }>;
    const before = await variantsOf(process.id);
    const actorVariantsBefore = await variantsOf(actors.id);

    const added = (await server.api(`/api/regions/${region}/municipalities`, { method: 'POST', json: { name: 'Sirdal', kommunenummer: '4228' } })).body
      .municipality;

    const after = await variantsOf(process.id);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((variant) => variant.municipalityId === added.id)).toEqual([expect.objectContaining({ name: 'Sirdal', municipalityId: added.id })]);
    expect(await variantsOf(actors.id)).toEqual(actorVariantsBefore);
  });
});

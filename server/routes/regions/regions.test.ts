import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '../../test/dump-database';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('regions API', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServerUnderTest();
  });
  afterAll(() => server.dispose());

  it('lists the demo region Lister with its six municipalities and correct kommunenummer', async () => {
    const { status, body } = await server.api('/api/regions');
    expect(status).toBe(200);
    expect(body.regions).toHaveLength(1);
    const lister = body.regions[0];
    expect(lister.name).toBe('Lister');
    expect(lister.language).toBe('nb');
    expect(lister.municipalities.map((m: { name: string; kommunenummer: string }) => `${m.kommunenummer} ${m.name}`)).toEqual([
      '4206 Farsund',
      '4207 Flekkefjord',
      '4225 Lyngdal',
      '4226 Hægebostad',
      '4227 Kvinesdal',
      '4228 Sirdal',
    ]);
  });

  it('creates, gets and updates a region', async () => {
    const created = await server.api('/api/regions', {
      method: 'POST',
      json: { name: '  Midt-Agder  ', description: 'Prøve', language: 'nn' },
    });
    expect(created.status).toBe(201);
    expect(created.body.region).toMatchObject({ name: 'Midt-Agder', language: 'nn', municipalities: [], boardCount: 0 });
    const id = created.body.region.id;

    const fetched = await server.api(`/api/regions/${id}`);
    expect(fetched.body.region.name).toBe('Midt-Agder');

    const updated = await server.api(`/api/regions/${id}`, { method: 'PATCH', json: { language: 'nb', name: 'Midt' } });
    expect(updated.status).toBe(200);
    expect(updated.body.region).toMatchObject({ name: 'Midt', language: 'nb', description: 'Prøve' });
    expect((await server.api(`/api/regions/${id}`)).body.region.language).toBe('nb');
  });

  it('answers unknown and malformed ids with 404', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id', '..%2F..%2Fetc', "1' OR '1'='1"]) {
      const response = await server.api(`/api/regions/${id}`);
      expect(response.status, id).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });

  it('refuses bad input with 400/413/415 in Norwegian and changes nothing', async () => {
    const [lister] = (await server.api('/api/regions')).body.regions;
    const before = await dumpDatabase(server.database.client);

    const cases: Array<{ path: string; method: string; init: Parameters<ServerUnderTest['api']>[1]; status: number; code: string }> = [
      { path: '/api/regions', method: 'POST', init: { json: { name: '' } }, status: 400, code: 'validation_failed' },
      { path: '/api/regions', method: 'POST', init: { json: { name: 'X', language: 'en' } }, status: 400, code: 'validation_failed' },
      { path: '/api/regions', method: 'POST', init: { json: { name: 'X', admin: true } }, status: 400, code: 'validation_failed' },
      { path: '/api/regions', method: 'POST', init: { json: ['name'] }, status: 400, code: 'validation_failed' },
      { path: '/api/regions', method: 'POST', init: { json: { name: 'x'.repeat(121) } }, status: 400, code: 'validation_failed' },
      { path: '/api/regions', method: 'POST', init: { body: '{"name":', headers: { 'content-type': 'application/json' } }, status: 400, code: 'invalid_json' },
      {
        path: '/api/regions',
        method: 'POST',
        init: { body: 'name=X', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        status: 415,
        code: 'unsupported_media_type',
      },
      { path: '/api/regions', method: 'POST', init: { json: { name: 'x'.repeat(100_000) } }, status: 413, code: 'payload_too_large' },
      { path: `/api/regions/${lister.id}`, method: 'PATCH', init: { json: {} }, status: 400, code: 'validation_failed' },
      { path: `/api/regions/${lister.id}`, method: 'PATCH', init: { json: { name: 42 } }, status: 400, code: 'validation_failed' },
    ];
    for (const testCase of cases) {
      const response = await server.api(testCase.path, { ...testCase.init, method: testCase.method });
      expect(response.status, JSON.stringify(testCase.init).slice(0, 80)).toBe(testCase.status);
      expect(response.body.error.code).toBe(testCase.code);
      expect(response.body.error.message).toMatch(/[a-zæøå]/i);
    }
    const validation = await server.api('/api/regions', { method: 'POST', json: { name: '', language: 'en' } });
    expect(validation.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['language', 'name']);
    expect(validation.body.error.message).toBe('Noen av feltene er ikke fylt ut riktig.');
    expect(await dumpDatabase(server.database.client)).toEqual(before);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await server.api('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerUnderTest, type ServerUnderTest } from '../../test/test-server';

describe('GET /api/health', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServerUnderTest({ demo: false });
  });
  afterAll(() => server.dispose());

  it('says ok when the database is migrated and reachable', async () => {
    const response = await server.api('/api/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers 503 with a JSON error when migrations are missing', async () => {
    await server.database.client.execute('DELETE FROM __drizzle_migrations');
    const response = await server.api('/api/health');
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('unavailable');
  });

  it('answers 503 when the database is closed', async () => {
    server.database.client.close();
    const response = await server.api('/api/health');
    expect(response.status).toBe(503);
  });
});

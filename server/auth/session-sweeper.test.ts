import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema/index';
import { createBoard, createShareLink, openShareLink } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';

describe('the server’s own session sweeper', () => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    // Sessions end after 5 s unused; the server sweeps every half second.
    server = await startServerUnderTest({ env: { SESSION_IDLE_HOURS: String(5 / 3600), SESSION_SWEEP_MINUTES: String(0.5 / 60) } });
  });
  afterAll(() => server.dispose());

  it('deletes a guest’s ended visit on its schedule, without anyone asking', async () => {
    const regionId = (await server.admin.get('/api/regions')).body.regions[0].id as string;
    const link = await createShareLink(server, await createBoard(server, regionId, 'Feies'), 'view');
    const guest = server.client();
    await openShareLink(guest, link.token);
    await openShareLink(guest, link.token);
    const visits = () => server.services.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.shareLinkId, link.id));
    expect(await visits()).toHaveLength(1);
    await expect.poll(async () => (await visits()).length, { timeout: 20_000, interval: 250 }).toBe(0);
  });
});

import { Hono } from 'hono';
import type { Client } from '@libsql/client';
import { isDatabaseMigrated } from '../../db/migration-status';

/** `/api/health`: 200 when the database is reachable and migrated, 503 otherwise. */
export const healthRoutes = (client: Client) =>
  new Hono().get('/', async (c) => {
    if (await isDatabaseMigrated(client)) return c.json({ status: 'ok' as const }, 200);
    return c.json({ error: { code: 'unavailable', message: 'Databasen er ikke tilgjengelig eller ikke oppdatert.' } }, 503);
  });

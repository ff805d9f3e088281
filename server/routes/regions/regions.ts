import { Hono } from 'hono';
import { and, count, eq, isNull } from 'drizzle-orm';
import { createRegionSchema, updateRegionSchema } from '../../../shared/schemas/region';
import type { Database } from '../../db/client';
import { boards, municipalities, regions } from '../../db/schema/index';
import type { AppEnv } from '../../lib/app-env';
import { newId } from '../../lib/ids';
import { loadRegion } from '../../lib/load';
import { validate } from '../../lib/validate';
import { presentRegion } from '../../presenters/present-region';

async function regionWithDetails(db: Database, row: typeof regions.$inferSelect) {
  const [members, [boardTotal]] = await Promise.all([
    db.select().from(municipalities).where(eq(municipalities.regionId, row.id)),
    db
      .select({ value: count() })
      .from(boards)
      .where(and(eq(boards.regionId, row.id), isNull(boards.archivedAt))),
  ]);
  return presentRegion(row, members, boardTotal?.value ?? 0);
}

/** `/api/regions`: the regional cooperations. */
export const regionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const db = c.var.db;
    const rows = await db.select().from(regions).orderBy(regions.name);
    return c.json({ regions: await Promise.all(rows.map((row) => regionWithDetails(db, row))) });
  })
  .post('/', validate('json', createRegionSchema), async (c) => {
    const input = c.req.valid('json');
    const row = { id: newId(), ...input, createdAt: new Date() };
    await c.var.db.insert(regions).values(row);
    return c.json({ region: presentRegion(row, [], 0) }, 201);
  })
  .get('/:regionId', async (c) => {
    const row = await loadRegion(c.var.db, c.req.param('regionId'));
    return c.json({ region: await regionWithDetails(c.var.db, row) });
  })
  .patch('/:regionId', validate('json', updateRegionSchema), async (c) => {
    const row = await loadRegion(c.var.db, c.req.param('regionId'));
    const changes = c.req.valid('json');
    await c.var.db.update(regions).set(changes).where(eq(regions.id, row.id));
    return c.json({ region: await regionWithDetails(c.var.db, { ...row, ...changes }) });
  });

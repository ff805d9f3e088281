import { Hono } from 'hono';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { createRegionSchema, updateRegionSchema } from '../../../shared/schemas/region';
import type { Database } from '../../db/client';
import { boards, municipalities, regions } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { newId } from '../../lib/ids';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireAdmin, requireUser } from '../../policies/authorize-region';
import { presentRegion } from '../../presenters/present-region';
import { membershipsOf } from '../../queries/memberships-of';

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

/** `/api/regions`: the regional cooperations the caller belongs to. */
export const regionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requireUser(c.var.principal);
    const db = c.var.db;
    const mine = await membershipsOf(db, user);
    const rows = mine.length
      ? await db.select().from(regions).where(inArray(regions.id, mine.map((m) => m.regionId))).orderBy(regions.name)
      : [];
    return c.json({ regions: await Promise.all(rows.map((row) => regionWithDetails(db, row))) });
  })
  .post('/', validate('json', createRegionSchema), async (c) => {
    requireAdmin(c.var.principal);
    const input = c.req.valid('json');
    const row = { id: newId(), ...input, createdAt: new Date() };
    await c.var.db.insert(regions).values(row);
    return c.json({ region: presentRegion(row, [], 0) }, 201);
  })
  .get('/:regionId', async (c) => {
    const { region, role } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    return c.json({ region: await regionWithDetails(c.var.db, region), role });
  })
  .patch('/:regionId', validate('json', updateRegionSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const changes = c.req.valid('json');
    await c.var.db.update(regions).set(changes).where(eq(regions.id, region.id));
    return c.json({ region: await regionWithDetails(c.var.db, { ...region, ...changes }) });
  });

import { Hono } from 'hono';
import { createRegionSchema, updateRegionSchema } from '../../../shared/schemas/region';
import { createRegion } from '../../commands/create-region';
import { updateRegion } from '../../commands/update-region';
import type { AppEnv } from '../../app-env';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireAdmin, requireUser } from '../../policies/authorize-region';
import { presentRegion } from '../../presenters/present-region';
import { membershipsOf } from '../../queries/memberships-of';
import { regionsWithDetails, regionWithDetails } from '../../queries/regions-with-details';

/** `/api/regions`: the regional cooperations the caller belongs to. */
export const regionRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    const user = requireUser(c.var.principal);
    const mine = await membershipsOf(c.var.db, user);
    return c.json({
      regions: await regionsWithDetails(
        c.var.db,
        mine.map((m) => m.regionId),
      ),
    });
  })
  .post('/', validate('json', createRegionSchema), async (c) => {
    requireAdmin(c.var.principal);
    const row = await createRegion(c.var.db, c.req.valid('json'));
    return c.json({ region: presentRegion(row, [], 0) }, 201);
  })
  .get('/:regionId', async (c) => {
    const { region, role } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    return c.json({ region: await regionWithDetails(c.var.db, region), role });
  })
  .patch('/:regionId', validate('json', updateRegionSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const changes = c.req.valid('json');
    await updateRegion(c.var.db, region.id, changes);
    return c.json({ region: await regionWithDetails(c.var.db, { ...region, ...changes }) });
  });

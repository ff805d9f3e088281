import { Hono } from 'hono';
import { and, eq } from 'drizzle-orm';
import { addMunicipalitySchema } from '../../../shared/schemas/municipality';
import { municipalities } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { conflict, notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';

/** `/api/regions/:regionId/municipalities`: the member municipalities of a region. */
export const municipalityRoutes = new Hono<AppEnv>()
  .post('/:regionId/municipalities', validate('json', addMunicipalitySchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const input = c.req.valid('json');
    const existing = await c.var.db.query.municipalities.findFirst({
      where: and(eq(municipalities.regionId, region.id), eq(municipalities.kommunenummer, input.kommunenummer)),
    });
    if (existing) {
      throw conflict(`Kommunenummer ${input.kommunenummer} er allerede med i samarbeidet (${existing.name}).`);
    }
    const row = { id: newId(), regionId: region.id, ...input, createdAt: new Date() };
    await c.var.db.insert(municipalities).values(row);
    return c.json({ municipality: { id: row.id, name: row.name, kommunenummer: row.kommunenummer } }, 201);
  })
  .delete('/:regionId/municipalities/:municipalityId', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const removed = await c.var.db
      .delete(municipalities)
      .where(and(eq(municipalities.regionId, region.id), eq(municipalities.id, c.req.param('municipalityId'))))
      .returning({ id: municipalities.id });
    if (removed.length === 0) throw notFound('Fant ikke kommunen i samarbeidet.');
    return c.body(null, 204);
  });

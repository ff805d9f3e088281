import { Hono } from 'hono';
import { addMunicipalitySchema } from '../../../shared/schemas/municipality';
import { actorOf } from '../../auth/principal';
import { addMunicipality } from '../../commands/add-municipality';
import { addMunicipalityVariants } from '../../commands/add-municipality-variants';
import { removeMunicipality } from '../../commands/remove-municipality';
import type { AppEnv } from '../../app-env';
import { validate } from '../../lib/validate';
import { authorizeRegion } from '../../policies/authorize-region';

/** `/api/regions/:regionId/municipalities`: the member municipalities of a region. */
export const municipalityRoutes = new Hono<AppEnv>()
  .post('/:regionId/municipalities', validate('json', addMunicipalitySchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const row = await addMunicipality(c.var.db, region.id, c.req.valid('json'));
    await addMunicipalityVariants(c.var.db, c.var.services.diagramRooms, region.id, row, actorOf(c.var.principal) ?? { id: null, name: null });
    return c.json({ municipality: { id: row.id, name: row.name, kommunenummer: row.kommunenummer } }, 201);
  })
  .delete('/:regionId/municipalities/:municipalityId', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    await removeMunicipality(c.var.db, region.id, c.req.param('municipalityId'));
    return c.body(null, 204);
  });

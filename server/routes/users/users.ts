import { Hono } from 'hono';
import { asc, eq } from 'drizzle-orm';
import { deleteUser } from '../../commands/delete-user';
import { users } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { requireAdmin } from '../../policies/authorize-region';
import { presentUser } from '../../presenters/present-user';

/** `/api/users`: the instance administrator's list of accounts. */
export const userRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requireAdmin(c.var.principal);
    const rows = await c.var.db.select().from(users).orderBy(asc(users.displayName));
    return c.json({ users: rows.map(presentUser) });
  })
  .delete('/:userId', async (c) => {
    const admin = requireAdmin(c.var.principal);
    const userId = c.req.param('userId');
    if (userId === admin.id) throw new ApiError(409, 'conflict', 'Du kan ikke slette din egen administratorkonto.');
    const row = await c.var.db.query.users.findFirst({ where: eq(users.id, userId) });
    if (!row) throw notFound('Fant ikke kontoen.');
    await deleteUser(c.var.db, c.var.services.accessEvents, userId);
    return c.body(null, 204);
  });

import { Hono } from 'hono';
import { deleteUser } from '../../commands/delete-user';
import type { AppEnv } from '../../app-env';
import { requireAdmin } from '../../policies/authorize-region';
import { presentUser } from '../../presenters/present-user';
import { allUsers } from '../../queries/all-users';

/** `/api/users`: the instance administrator's list of accounts. */
export const userRoutes = new Hono<AppEnv>()
  .get('/', async (c) => {
    requireAdmin(c.var.principal);
    const rows = await allUsers(c.var.db);
    return c.json({ users: rows.map(presentUser) });
  })
  .delete('/:userId', async (c) => {
    const admin = requireAdmin(c.var.principal);
    await deleteUser(c.var.db, c.var.services.accessEvents, c.req.param('userId'), admin);
    return c.body(null, 204);
  });

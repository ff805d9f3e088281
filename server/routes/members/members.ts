import { Hono } from 'hono';
import { addMemberSchema, changeRoleSchema } from '../../../shared/schemas/membership';
import { addMember } from '../../commands/add-member';
import { changeMemberRole } from '../../commands/change-member-role';
import { removeMember } from '../../commands/remove-member';
import type { AppEnv } from '../../app-env';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireAdmin, requireUser } from '../../policies/authorize-region';
import { membersOf } from '../../queries/members-of';

/** `/api/regions/:regionId/members`: who is in a region, with which role. */
export const memberRoutes = new Hono<AppEnv>()
  .get('/:regionId/members', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    const rows = await membersOf(c.var.db, region.id);
    return c.json({
      members: rows.map(({ membership, user }) => ({
        userId: user.id,
        displayName: user.displayName,
        email: user.email,
        municipality: user.municipality,
        role: membership.role,
        joinedAt: membership.createdAt.toISOString(),
      })),
    });
  })
  .post('/:regionId/members', validate('json', addMemberSchema), async (c) => {
    requireAdmin(c.var.principal);
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const { role } = c.req.valid('json');
    const userId = await addMember(c.var.db, c.var.services.accessEvents, region.id, c.req.valid('json'));
    return c.json({ member: { userId, role } }, 201);
  })
  .patch('/:regionId/members/:userId', validate('json', changeRoleSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const userId = c.req.param('userId');
    const { role } = c.req.valid('json');
    await changeMemberRole(c.var.db, c.var.services.accessEvents, region.id, userId, role);
    return c.json({ member: { userId, role } });
  })
  .delete('/:regionId/members/:userId', async (c) => {
    const me = requireUser(c.var.principal);
    const userId = c.req.param('userId');
    // Anyone may leave a region; removing someone else takes a coordinator.
    const permission = userId === me.id ? 'view' : 'manage';
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), permission);
    await removeMember(c.var.db, c.var.services.accessEvents, region.id, userId);
    return c.body(null, 204);
  });

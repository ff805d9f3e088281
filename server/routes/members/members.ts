import { Hono } from 'hono';
import { and, asc, count, eq } from 'drizzle-orm';
import { addMemberSchema, changeRoleSchema } from '../../../shared/schemas/membership';
import type { Role } from '../../../shared/schemas/role';
import type { Database } from '../../db/client';
import { memberships, users } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireAdmin, requireUser } from '../../policies/authorize-region';

const lastCoordinator = () =>
  new ApiError(409, 'last_coordinator', 'Samarbeidet må ha minst én koordinator. Gjør en annen til koordinator først.');

async function coordinatorCount(db: Database, regionId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(memberships)
    .where(and(eq(memberships.regionId, regionId), eq(memberships.role, 'koordinator')));
  return row?.value ?? 0;
}

async function membershipOf(db: Database, regionId: string, userId: string) {
  return db.query.memberships.findFirst({ where: and(eq(memberships.regionId, regionId), eq(memberships.userId, userId)) });
}

/** Refuses a change that would leave a region without a coordinator. */
async function keepOneCoordinator(db: Database, regionId: string, current: Role, next: Role | null) {
  if (current === 'koordinator' && next !== 'koordinator' && (await coordinatorCount(db, regionId)) <= 1) {
    throw lastCoordinator();
  }
}

/** `/api/regions/:regionId/members`: who is in a region, with which role. */
export const memberRoutes = new Hono<AppEnv>()
  .get('/:regionId/members', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'view');
    const rows = await c.var.db
      .select({ membership: memberships, user: users })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.regionId, region.id))
      .orderBy(asc(users.displayName));
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
    const { email, role } = c.req.valid('json');
    const user = await c.var.db.query.users.findFirst({ where: eq(users.email, email) });
    if (!user) throw notFound('Fant ingen konto med denne e-postadressen. Send en invitasjon i stedet.');
    await c.var.db
      .insert(memberships)
      .values({ regionId: region.id, userId: user.id, role, createdAt: new Date() })
      .onConflictDoUpdate({ target: [memberships.regionId, memberships.userId], set: { role } });
    c.var.services.accessEvents.emit('membership-changed', { regionId: region.id, userId: user.id });
    return c.json({ member: { userId: user.id, role } }, 201);
  })
  .patch('/:regionId/members/:userId', validate('json', changeRoleSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const userId = c.req.param('userId');
    const { role } = c.req.valid('json');
    const current = await membershipOf(c.var.db, region.id, userId);
    if (!current) throw notFound('Fant ikke medlemmet.');
    await keepOneCoordinator(c.var.db, region.id, current.role, role);
    await c.var.db
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.regionId, region.id), eq(memberships.userId, userId)));
    c.var.services.accessEvents.emit('membership-changed', { regionId: region.id, userId });
    return c.json({ member: { userId, role } });
  })
  .delete('/:regionId/members/:userId', async (c) => {
    const me = requireUser(c.var.principal);
    const userId = c.req.param('userId');
    // Anyone may leave a region; removing someone else takes a coordinator.
    const permission = userId === me.id ? 'view' : 'manage';
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), permission);
    const current = await membershipOf(c.var.db, region.id, userId);
    if (!current) throw notFound('Fant ikke medlemmet.');
    await keepOneCoordinator(c.var.db, region.id, current.role, null);
    await c.var.db.delete(memberships).where(and(eq(memberships.regionId, region.id), eq(memberships.userId, userId)));
    c.var.services.accessEvents.emit('membership-changed', { regionId: region.id, userId });
    return c.body(null, 204);
  });

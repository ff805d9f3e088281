import { Hono } from 'hono';
import { desc, eq } from 'drizzle-orm';
import { newAccountSchema } from '../../../shared/schemas/account';
import { createInvitationSchema } from '../../../shared/schemas/membership';
import { setSessionCookie, userCookie } from '../../auth/cookies';
import { createSession } from '../../auth/session-store';
import { newToken } from '../../auth/tokens';
import { acceptInvitation, assertInvitationUsable } from '../../commands/accept-invitation';
import { insertAccount, prepareAccount } from '../../commands/create-account';
import type { Database } from '../../db/client';
import { invitations, regions } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireUser } from '../../policies/authorize-region';
import { invitationStatus, presentInvitation } from '../../presenters/present-invitation';

const dayMs = 24 * 60 * 60 * 1000;

async function findByToken(db: Database, token: string) {
  const row = token.length <= 100 ? await db.query.invitations.findFirst({ where: eq(invitations.token, token) }) : undefined;
  if (!row) throw notFound('Fant ikke invitasjonen. Sjekk at du har kopiert hele lenken.');
  return row;
}

/** `/api/regions/:regionId/invitations`: coordinators invite people to a region. */
export const regionInvitationRoutes = new Hono<AppEnv>()
  .get('/:regionId/invitations', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const rows = await c.var.db
      .select()
      .from(invitations)
      .where(eq(invitations.regionId, region.id))
      .orderBy(desc(invitations.createdAt));
    return c.json({ invitations: rows.map(presentInvitation) });
  })
  .post('/:regionId/invitations', validate('json', createInvitationSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const { role, expiresInDays } = c.req.valid('json');
    const user = requireUser(c.var.principal);
    const now = new Date();
    const row = {
      id: newId(),
      regionId: region.id,
      token: newToken(),
      role,
      createdAt: now,
      createdById: user.id,
      createdByName: user.displayName,
      expiresAt: new Date(now.getTime() + expiresInDays * dayMs),
      usedAt: null,
      usedByName: null,
      revokedAt: null,
    };
    await c.var.db.insert(invitations).values(row);
    return c.json({ invitation: presentInvitation(row) }, 201);
  });

/** `/api/invitations`: revoking, and what the invitee does with a link. */
export const invitationRoutes = new Hono<AppEnv>()
  .delete('/:invitationId', async (c) => {
    requireUser(c.var.principal);
    const row = await c.var.db.query.invitations.findFirst({ where: eq(invitations.id, c.req.param('invitationId')) });
    if (!row) throw notFound('Fant ikke invitasjonen.');
    await authorizeRegion(c.var.db, c.var.principal, row.regionId, 'manage');
    const revokedAt = row.revokedAt ?? new Date();
    await c.var.db.update(invitations).set({ revokedAt }).where(eq(invitations.id, row.id));
    return c.json({ invitation: presentInvitation({ ...row, revokedAt }) });
  })
  .get('/by-token/:token', async (c) => {
    const row = await findByToken(c.var.db, c.req.param('token'));
    const region = await c.var.db.query.regions.findFirst({ where: eq(regions.id, row.regionId) });
    return c.json({
      invitation: {
        regionName: region?.name ?? '',
        role: row.role,
        status: invitationStatus(row),
        expiresAt: row.expiresAt.toISOString(),
      },
    });
  })
  .post('/by-token/:token/accept', async (c) => {
    const user = requireUser(c.var.principal);
    const row = await findByToken(c.var.db, c.req.param('token'));
    await c.var.db.transaction((tx) => acceptInvitation(tx, row, user));
    return c.json({ regionId: row.regionId });
  })
  .post('/by-token/:token/register', validate('json', newAccountSchema), async (c) => {
    const row = await findByToken(c.var.db, c.req.param('token'));
    assertInvitationUsable(row);
    const account = await prepareAccount(c.req.valid('json'));
    const user = await c.var.db.transaction(async (tx) => {
      const created = await insertAccount(tx, account);
      await acceptInvitation(tx, row, created);
      return created;
    });
    const session = await createSession(c.var.db, c.var.services.sessionPolicy, { userId: user.id }, c.req.header('user-agent') ?? null);
    setSessionCookie(c, userCookie, session.token);
    return c.json({ regionId: row.regionId }, 201);
  });

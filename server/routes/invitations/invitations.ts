import { Hono } from 'hono';
import { newAccountSchema } from '../../../shared/schemas/account';
import { createInvitationSchema, type InvitationPreview } from '../../../shared/schemas/membership';
import { setSessionCookie, userCookie } from '../../auth/cookies';
import { createSession } from '../../auth/session-store';
import { joinWithInvitation } from '../../commands/accept-invitation';
import { createInvitation } from '../../commands/create-invitation';
import { registerWithInvitation } from '../../commands/register-with-invitation';
import { revokeInvitation } from '../../commands/revoke-invitation';
import type { Database } from '../../db/client';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeRegion, requireUser } from '../../policies/authorize-region';
import { invitationStatus, presentInvitation } from '../../presenters/present-invitation';
import { invitationById, invitationByToken, invitationsOf, invitationRegionOf } from '../../queries/invitations-of';

async function findByToken(db: Database, token: string) {
  const row = await invitationByToken(db, token);
  if (!row) throw notFound('Fant ikke invitasjonen. Sjekk at du har kopiert hele lenken.');
  return row;
}

/** `/api/regions/:regionId/invitations`: coordinators invite people to a region. */
export const regionInvitationRoutes = new Hono<AppEnv>()
  .get('/:regionId/invitations', async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const rows = await invitationsOf(c.var.db, region.id);
    return c.json({ invitations: rows.map(presentInvitation) });
  })
  .post('/:regionId/invitations', validate('json', createInvitationSchema), async (c) => {
    const { region } = await authorizeRegion(c.var.db, c.var.principal, c.req.param('regionId'), 'manage');
    const user = requireUser(c.var.principal);
    const row = await createInvitation(c.var.db, region.id, c.req.valid('json'), user);
    return c.json({ invitation: presentInvitation(row) }, 201);
  });

/** `/api/invitations`: revoking, and what the invitee does with a link. */
export const invitationRoutes = new Hono<AppEnv>()
  .delete('/:invitationId', async (c) => {
    requireUser(c.var.principal);
    const row = await invitationById(c.var.db, c.req.param('invitationId'));
    if (!row) throw notFound('Fant ikke invitasjonen.');
    await authorizeRegion(c.var.db, c.var.principal, row.regionId, 'manage');
    return c.json({ invitation: presentInvitation(await revokeInvitation(c.var.db, row)) });
  })
  .get('/by-token/:token', async (c) => {
    const row = await findByToken(c.var.db, c.req.param('token'));
    const region = await invitationRegionOf(c.var.db, row.regionId);
    const invitation: InvitationPreview = {
      regionName: region.name,
      regionLanguage: region.language,
      role: row.role,
      status: invitationStatus(row),
      expiresAt: row.expiresAt.toISOString(),
    };
    return c.json({ invitation });
  })
  .post('/by-token/:token/accept', async (c) => {
    const user = requireUser(c.var.principal);
    const row = await findByToken(c.var.db, c.req.param('token'));
    await joinWithInvitation(c.var.db, row, user);
    return c.json({ regionId: row.regionId });
  })
  .post('/by-token/:token/register', validate('json', newAccountSchema), async (c) => {
    const row = await findByToken(c.var.db, c.req.param('token'));
    const user = await registerWithInvitation(c.var.db, row, c.req.valid('json'));
    const session = await createSession(c.var.db, c.var.services.sessionPolicy, { userId: user.id }, c.req.header('user-agent') ?? null);
    setSessionCookie(c, userCookie, session.token);
    return c.json({ regionId: row.regionId }, 201);
  });

import { Hono } from 'hono';
import { changePasswordSchema, updateAccountSchema } from '../../../shared/schemas/account';
import { clearSessionCookie, userCookie } from '../../auth/cookies';
import { changePassword } from '../../commands/change-password';
import { endOwnSessions } from '../../commands/end-own-sessions';
import { updateAccount } from '../../commands/update-account';
import type { AppEnv } from '../../app-env';
import { notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireUser } from '../../policies/authorize-region';
import { presentUser } from '../../presenters/present-user';
import { liveSessionsOf } from '../../queries/live-sessions-of';

/** `/api/account`: the signed-in user's own account and sessions. */
export const accountRoutes = new Hono<AppEnv>()
  .patch('/', validate('json', updateAccountSchema), async (c) => {
    const user = requireUser(c.var.principal);
    const changes = await updateAccount(c.var.db, user.id, c.req.valid('json'));
    return c.json({ user: presentUser({ ...user, ...changes }) });
  })
  .post('/password', validate('json', changePasswordSchema), async (c) => {
    const user = requireUser(c.var.principal);
    const ended = await changePassword(c.var.db, c.var.services.accessEvents, user.id, c.req.valid('json'), c.var.principal.sessionId ?? null);
    return c.json({ ok: true as const, endedSessions: ended });
  })
  .get('/sessions', async (c) => {
    const user = requireUser(c.var.principal);
    const rows = await liveSessionsOf(c.var.db, user.id, c.var.services.sessionPolicy);
    return c.json({
      sessions: rows.map((s) => ({
        id: s.id,
        createdAt: s.createdAt.toISOString(),
        lastSeenAt: s.lastSeenAt.toISOString(),
        userAgent: s.userAgent,
        current: s.id === c.var.principal.sessionId,
      })),
    });
  })
  .delete('/sessions/:sessionId', async (c) => {
    const user = requireUser(c.var.principal);
    const [removed] = await endOwnSessions(c.var.db, c.var.services.accessEvents, user.id, c.req.param('sessionId'));
    if (!removed) throw notFound('Fant ikke økten.');
    if (removed === c.var.principal.sessionId) clearSessionCookie(c, userCookie);
    return c.body(null, 204);
  })
  .post('/sessions/end-all', async (c) => {
    const user = requireUser(c.var.principal);
    const removed = await endOwnSessions(c.var.db, c.var.services.accessEvents, user.id, null);
    clearSessionCookie(c, userCookie);
    return c.json({ endedSessions: removed.length });
  });

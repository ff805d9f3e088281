import { Hono } from 'hono';
import { and, desc, eq, ne } from 'drizzle-orm';
import { changePasswordSchema, updateAccountSchema } from '../../../shared/schemas/account';
import { clearSessionCookie, userCookie } from '../../auth/cookies';
import { hashPassword, verifyPassword } from '../../auth/password';
import { sessions, users } from '../../db/schema/index';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { requireUser } from '../../policies/authorize-region';
import { presentUser } from '../../presenters/present-user';

/** `/api/account`: the signed-in user's own account and sessions. */
export const accountRoutes = new Hono<AppEnv>()
  .patch('/', validate('json', updateAccountSchema), async (c) => {
    const user = requireUser(c.var.principal);
    const input = c.req.valid('json');
    const changes = {
      ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
      ...(input.municipality !== undefined ? { municipality: input.municipality || null } : {}),
    };
    await c.var.db.update(users).set(changes).where(eq(users.id, user.id));
    return c.json({ user: presentUser({ ...user, ...changes }) });
  })
  .post('/password', validate('json', changePasswordSchema), async (c) => {
    const user = requireUser(c.var.principal);
    const { currentPassword, newPassword } = c.req.valid('json');
    const row = await c.var.db.query.users.findFirst({ where: eq(users.id, user.id) });
    if (!row || !(await verifyPassword(currentPassword, row.passwordHash))) {
      throw new ApiError(400, 'invalid_credentials', 'Det nåværende passordet er feil.', [
        { path: 'currentPassword', message: 'Det nåværende passordet er feil.' },
      ]);
    }
    const passwordHash = await hashPassword(newPassword);
    // A new password ends every other session: whoever knew the old one is logged out.
    const ended = await c.var.db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, user.id));
      return tx
        .delete(sessions)
        .where(and(eq(sessions.userId, user.id), ne(sessions.id, c.var.principal.sessionId ?? '')))
        .returning({ id: sessions.id });
    });
    c.var.services.accessEvents.emit('sessions-ended', ended.map((s) => s.id));
    return c.json({ ok: true as const, endedSessions: ended.length });
  })
  .get('/sessions', async (c) => {
    const user = requireUser(c.var.principal);
    const rows = await c.var.db
      .select()
      .from(sessions)
      .where(eq(sessions.userId, user.id))
      .orderBy(desc(sessions.lastSeenAt));
    const { idleMs } = c.var.services.sessionPolicy;
    const now = Date.now();
    return c.json({
      sessions: rows
        .filter((s) => s.expiresAt.getTime() > now && now - s.lastSeenAt.getTime() < idleMs)
        .map((s) => ({
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
    const removed = await c.var.db
      .delete(sessions)
      .where(and(eq(sessions.userId, user.id), eq(sessions.id, c.req.param('sessionId'))))
      .returning({ id: sessions.id });
    if (removed.length === 0) throw notFound('Fant ikke økten.');
    c.var.services.accessEvents.emit('sessions-ended', removed.map((s) => s.id));
    if (removed[0]?.id === c.var.principal.sessionId) clearSessionCookie(c, userCookie);
    return c.body(null, 204);
  })
  .post('/sessions/end-all', async (c) => {
    const user = requireUser(c.var.principal);
    const removed = await c.var.db.delete(sessions).where(eq(sessions.userId, user.id)).returning({ id: sessions.id });
    c.var.services.accessEvents.emit('sessions-ended', removed.map((s) => s.id));
    clearSessionCookie(c, userCookie);
    return c.json({ endedSessions: removed.length });
  });

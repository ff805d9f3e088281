import { Hono } from 'hono';
import { loginSchema, setupSchema } from '../../../shared/schemas/account';
import { clearSessionCookie, setSessionCookie, userCookie } from '../../auth/cookies';
import { dummyPasswordHash, verifyPassword } from '../../auth/password';
import { createSession, endSession } from '../../auth/session-store';
import { prepareAccount } from '../../commands/create-account';
import { createAdministrator } from '../../commands/create-administrator';
import type { AppEnv } from '../../app-env';
import { clientAddress } from '../../lib/client-address';
import { ApiError } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { presentUser } from '../../presenters/present-user';
import { membershipsOf } from '../../queries/memberships-of';
import { userByEmail } from '../../queries/user-by-email';

const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

/** `/api/auth`: who am I, log in, log out, and the one-time set-up of the first administrator. */
export const authRoutes = new Hono<AppEnv>()
  .get('/me', async (c) => {
    const { user, guest } = c.var.principal;
    return c.json({
      user: user ? presentUser(user) : null,
      memberships: user ? await membershipsOf(c.var.db, user) : [],
      guest: guest ? { name: guest.guestName, boardId: guest.boardId, access: guest.access } : null,
      needsSetup: c.var.services.setup.token !== null,
    });
  })
  .post('/login', validate('json', loginSchema), async (c) => {
    const { email, password } = c.req.valid('json');
    const { loginLimiter, sessionPolicy } = c.var.services;
    const address = clientAddress(c);
    const wait = loginLimiter.retryAfter(email, address);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw new ApiError(
        429,
        'too_many_attempts',
        `For mange mislykkede innlogginger. Vent ${minutes(wait)} minutter og prøv igjen, eller be administratoren om hjelp.`,
      );
    }
    const row = await userByEmail(c.var.db, email);
    // Spend the same time on unknown accounts, so timing does not reveal which emails exist.
    const ok = await verifyPassword(password, row?.passwordHash ?? (await dummyPasswordHash));
    if (!row || !ok) {
      loginLimiter.recordFailure(email, address);
      throw new ApiError(401, 'invalid_credentials', 'Feil e-postadresse eller passord.');
    }
    loginLimiter.recordSuccess(email, address);
    const session = await createSession(c.var.db, sessionPolicy, { userId: row.id }, c.req.header('user-agent') ?? null);
    setSessionCookie(c, userCookie, session.token);
    return c.json({ user: presentUser(row), memberships: await membershipsOf(c.var.db, row) });
  })
  .post('/logout', async (c) => {
    const { sessionId } = c.var.principal;
    if (sessionId) {
      await endSession(c.var.db, sessionId);
      c.var.services.accessEvents.emit('sessions-ended', [sessionId]);
    }
    clearSessionCookie(c, userCookie);
    return c.body(null, 204);
  })
  .post('/setup', validate('json', setupSchema), async (c) => {
    const input = c.req.valid('json');
    const { setup } = c.var.services;
    if (setup.token === null) throw new ApiError(409, 'setup_done', 'Planrom er allerede satt opp. Logg inn.');
    if (input.token.trim() !== setup.token) {
      throw new ApiError(403, 'setup_token_invalid', 'Oppsettskoden stemmer ikke. Se etter koden i serverloggen.');
    }
    const account = await prepareAccount(input);
    const adminId = await createAdministrator(c.var.db, account);
    if (!adminId) throw new ApiError(409, 'setup_done', 'Planrom er allerede satt opp. Logg inn.');
    setup.token = null;
    const session = await createSession(c.var.db, c.var.services.sessionPolicy, { userId: adminId }, c.req.header('user-agent') ?? null);
    setSessionCookie(c, userCookie, session.token);
    return c.json({ ok: true as const }, 201);
  });

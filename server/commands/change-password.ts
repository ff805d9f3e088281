import { and, eq, ne } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import { hashPassword, verifyPassword } from '../auth/password';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema/index';
import { ApiError } from '../lib/errors';

const wrongPassword = () =>
  new ApiError(400, 'invalid_credentials', 'Det nåværende passordet er feil.', [{ path: 'currentPassword', message: 'Det nåværende passordet er feil.' }]);

/**
 * Changes a user's password once they have given the current one, and ends every other session
 * of theirs in the same transaction: whoever knew the old password is logged out.
 * @param keepSessionId the session the change is made from, which stays
 * @returns how many sessions ended
 * @throws 400 `invalid_credentials` when the current password is wrong
 */
export async function changePassword(
  db: Database,
  events: AccessEvents,
  userId: string,
  input: { currentPassword: string; newPassword: string },
  keepSessionId: string | null,
): Promise<number> {
  const row = await db.query.users.findFirst({ columns: { passwordHash: true }, where: eq(users.id, userId) });
  if (!row || !(await verifyPassword(input.currentPassword, row.passwordHash))) throw wrongPassword();
  // Hashed before the transaction: nothing but database calls may be awaited inside one.
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    return tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId ?? '')))
      .returning({ id: sessions.id });
  });
  events.emit(
    'sessions-ended',
    ended.map((s) => s.id),
  );
  return ended.length;
}

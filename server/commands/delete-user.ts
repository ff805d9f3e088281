import { eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema/index';
import { ApiError, notFound } from '../lib/errors';

/**
 * Deletes an account with its sessions and memberships, in one transaction. Boards, invitations
 * and share links they made stay, with their name on them (names are stored beside the user id for
 * this reason). An administrator cannot delete their own account (the instance would lose its
 * administrator from one click).
 * @param by the administrator who deletes it
 * @throws 409 `conflict` for the administrator's own account, 404 `not_found` for no such account
 */
export async function deleteUser(db: Database, events: AccessEvents, userId: string, by: { id: string }): Promise<void> {
  if (userId === by.id) throw new ApiError(409, 'conflict', 'Du kan ikke slette din egen administratorkonto.');
  const ended = await db.transaction(async (tx) => {
    const rows = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    // Memberships go with the user row (foreign key ON DELETE CASCADE).
    const deleted = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    if (deleted.length === 0) throw notFound('Fant ikke kontoen.');
    return rows.map((r) => r.id);
  });
  events.emit('sessions-ended', ended);
}

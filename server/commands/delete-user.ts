import { eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { sessions, users } from '../db/schema/index';

/**
 * Deletes an account with its sessions and memberships. Boards, invitations and share links they
 * made stay, with their name on them (names are stored beside the user id for this reason).
 */
export async function deleteUser(db: Database, events: AccessEvents, userId: string): Promise<void> {
  const ended = await db.transaction(async (tx) => {
    const rows = await tx.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
    // Memberships go with the user row (foreign key ON DELETE CASCADE).
    await tx.delete(users).where(eq(users.id, userId));
    return rows.map((r) => r.id);
  });
  events.emit('sessions-ended', ended);
}

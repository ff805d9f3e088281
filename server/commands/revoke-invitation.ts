import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { invitations } from '../db/schema/index';

type InvitationRow = typeof invitations.$inferSelect;

/**
 * Revokes an invitation so its link no longer works. Revoking it again keeps the first time.
 * @returns the invitation as it is now
 */
export async function revokeInvitation(db: Database, row: InvitationRow): Promise<InvitationRow> {
  const revokedAt = row.revokedAt ?? new Date();
  await db.update(invitations).set({ revokedAt }).where(eq(invitations.id, row.id));
  return { ...row, revokedAt };
}

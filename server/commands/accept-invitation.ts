import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { invitations, memberships } from '../db/schema/index';
import { ApiError } from '../lib/errors';
import { invitationStatus } from '../presenters/present-invitation';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
type InvitationRow = typeof invitations.$inferSelect;

const refusals = {
  used: () => new ApiError(410, 'invitation_used', 'Denne invitasjonen er allerede brukt. Be koordinatoren om en ny.'),
  revoked: () => new ApiError(410, 'invitation_revoked', 'Denne invitasjonen er trukket tilbake. Be koordinatoren om en ny.'),
  expired: () => new ApiError(410, 'invitation_expired', 'Denne invitasjonen har gått ut. Be koordinatoren om en ny.'),
};

/** Throws the matching 410 when an invitation cannot be used any more. */
export function assertInvitationUsable(row: InvitationRow): void {
  const status = invitationStatus(row);
  if (status !== 'active') throw refusals[status]();
}

/**
 * Uses an invitation inside the caller's transaction: the user joins the region with the invited
 * role (someone already a member keeps their role), and the invitation is marked used exactly once
 * even when two people open it at the same moment.
 */
export async function acceptInvitation(tx: Transaction, row: InvitationRow, user: { id: string; displayName: string }) {
  assertInvitationUsable(row);
  const marked = await tx
    .update(invitations)
    .set({ usedAt: new Date(), usedByName: user.displayName })
    .where(and(eq(invitations.id, row.id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  if (marked.length === 0) throw refusals.used();
  await tx.insert(memberships).values({ regionId: row.regionId, userId: user.id, role: row.role, createdAt: new Date() }).onConflictDoNothing();
}

/**
 * Lets a signed-in user join a region through an invitation, in a transaction of its own.
 * @throws 410 when the invitation cannot be used (or was used a moment ago)
 */
export async function joinWithInvitation(db: Database, row: InvitationRow, user: { id: string; displayName: string }): Promise<void> {
  await db.transaction((tx) => acceptInvitation(tx, row, user));
}

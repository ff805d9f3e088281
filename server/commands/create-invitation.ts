import type { Role } from '../../shared/schemas/role';
import { newToken } from '../auth/tokens';
import type { Database } from '../db/client';
import { invitations } from '../db/schema/index';
import { newId } from '../lib/ids';

type InvitationRow = typeof invitations.$inferSelect;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Makes an invitation to a region with a role: a secret link that works once, until it expires.
 * @param by the coordinator who invites (their name stays on the invitation)
 * @returns the new invitation's row, with its token
 */
export async function createInvitation(
  db: Database,
  regionId: string,
  input: { role: Role; expiresInDays: number },
  by: { id: string; displayName: string },
): Promise<InvitationRow> {
  const now = new Date();
  const row: InvitationRow = {
    id: newId(),
    regionId,
    token: newToken(),
    role: input.role,
    createdAt: now,
    createdById: by.id,
    createdByName: by.displayName,
    expiresAt: new Date(now.getTime() + input.expiresInDays * dayMs),
    usedAt: null,
    usedByName: null,
    revokedAt: null,
  };
  await db.insert(invitations).values(row);
  return row;
}

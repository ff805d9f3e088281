import type { Invitation, InvitationStatus } from '../../shared/schemas/membership';
import type { invitations } from '../db/schema/index';

type InvitationRow = typeof invitations.$inferSelect;

/** Whether an invitation can still be used, and if not, why. */
export function invitationStatus(row: InvitationRow, now = Date.now()): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.usedAt) return 'used';
  if (row.expiresAt.getTime() <= now) return 'expired';
  return 'active';
}

/** The coordinators' view of an invitation; the link only while it can be used. */
export function presentInvitation(row: InvitationRow): Invitation {
  const status = invitationStatus(row);
  return {
    id: row.id,
    regionId: row.regionId,
    role: row.role,
    status,
    path: status === 'active' ? `/invitasjon/${row.token}` : null,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    expiresAt: row.expiresAt.toISOString(),
    usedBy: row.usedByName,
  };
}

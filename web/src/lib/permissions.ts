import type { ActorRef } from '../../../shared/schemas/board';
import type { Role } from '../../../shared/schemas/role';

/**
 * What the interface offers to whom. The server decides; these only hide what it would refuse
 * (server/policies/authorize-region.ts and authorize-board.ts hold the rules these mirror).
 */

/** Create, rename, copy, archive and restore boards: coordinators and members, not observers. */
export function canContribute(role: Role | null | undefined): boolean {
  return role === 'koordinator' || role === 'medlem';
}

/** Members, invitations and the region's settings: coordinators. */
export function canManageRegion(role: Role | null | undefined): boolean {
  return role === 'koordinator';
}

/** Share links and deleting for good: coordinators, and the member who made the board. */
export function canManageBoard(role: Role | null | undefined, board: { createdBy: ActorRef | null }, userId: string | null | undefined): boolean {
  if (role === 'koordinator') return true;
  return role === 'medlem' && !!userId && board.createdBy?.id === userId;
}

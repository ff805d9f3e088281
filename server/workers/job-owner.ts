import type { Principal } from '../auth/principal';

/** Whose job a request's heavy work is, for the per-person limit: the account, else the guest visit. */
export function jobOwnerOf(principal: Principal): string {
  if (principal.user) return `user:${principal.user.id}`;
  if (principal.guest) return `guest:${principal.guest.sessionId}`;
  return 'anonymous';
}

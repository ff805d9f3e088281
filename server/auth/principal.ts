import type { ShareAccess } from '../../shared/schemas/share-link';

export interface SignedInUser {
  id: string;
  email: string;
  displayName: string;
  municipality: string | null;
  isAdmin: boolean;
}

export interface GuestVisit {
  sessionId: string;
  guestName: string;
  shareLinkId: string;
  boardId: string;
  access: ShareAccess;
}

/**
 * Who is calling: a signed-in user, a guest who opened a board share link, both (a user who also
 * opened a link in the same browser), or neither.
 */
export interface Principal {
  user: SignedInUser | null;
  sessionId: string | null;
  guest: GuestVisit | null;
}

export const anonymous: Principal = { user: null, sessionId: null, guest: null };

/** The name to put on what this caller makes or changes. */
export function actorOf(principal: Principal): { id: string | null; name: string } | null {
  if (principal.user) return { id: principal.user.id, name: principal.user.displayName };
  if (principal.guest) return { id: null, name: principal.guest.guestName };
  return null;
}

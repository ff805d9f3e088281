import type { Principal } from '../../auth/principal';

/** Who changed a canvas board: a user id (null for guests and Planrom itself) and the name they had. */
export interface CanvasActor {
  id: string | null;
  name: string;
}

/** The actor for a caller: their account, or the name they gave when they opened a share link. */
export function canvasActorOf(principal: Principal): CanvasActor {
  if (principal.user) return { id: principal.user.id, name: principal.user.displayName };
  if (principal.guest) return { id: null, name: principal.guest.guestName };
  return { id: null, name: 'Ukjent' };
}

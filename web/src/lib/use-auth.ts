import { replaceEqualDeep, useQuery } from '@tanstack/react-query';
import type { MembershipSummary, User } from '../../../shared/schemas/account';
import type { ShareAccess } from '../../../shared/schemas/share-link';
import { api, request } from './api-client';
import { queryKeys } from './query-keys';

/** Someone who opened a board share link: a guest of that one board. */
export interface GuestVisit {
  name: string;
  boardId: string;
  access: ShareAccess;
}

/** Who is using Planrom in this browser, as `GET /api/auth/me` tells it. */
export interface AuthState {
  user: User | null;
  /** The regions the user belongs to, with their role (the administrator: all, as coordinator). */
  memberships: MembershipSummary[];
  guest: GuestVisit | null;
  /** True while no administrator exists: the one-time set-up page is the way in. */
  needsSetup: boolean;
  /**
   * Set here (never by the server) when the person has just logged out on purpose, so the route
   * guards send them to the log-in page without a way back to the page they left.
   */
  signedOutHere?: boolean;
}

/**
 * The server's answer after logging out on purpose (the check right after it, or any 401 then) must
 * not drop `signedOutHere`: the guard would offer the way back to the page just left.
 */
export function keepSignedOutHere(previous: unknown, next: unknown): unknown {
  const before = previous as AuthState | undefined;
  const after = next as AuthState;
  if (before?.signedOutHere && !after.user && !after.signedOutHere) return { ...after, signedOutHere: true };
  return replaceEqualDeep(previous, next);
}

export const authQuery = {
  queryKey: queryKeys.me(),
  queryFn: (): Promise<AuthState> => request(() => api.auth.me.$get()),
  staleTime: 30_000,
  structuralSharing: keepSignedOutHere,
};

/** The sign-in state. Every route guard and the header read it; a 401 anywhere refreshes it. */
export function useAuth() {
  return useQuery(authQuery);
}

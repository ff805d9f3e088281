import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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
}

/** The sign-in state. Every route guard and the header read it; a 401 anywhere refreshes it. */
export function useAuth() {
  return useQuery({
    queryKey: queryKeys.me(),
    queryFn: (): Promise<AuthState> => request(() => api.auth.me.$get()),
    staleTime: 30_000,
  });
}

/**
 * After logging in, setting up or joining: forgets everything fetched for whoever was here before
 * and fetches the new sign-in state, so the next page starts clean.
 */
export function useRefreshAuth(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const me = queryKeys.me();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== me[0] || query.queryKey[1] !== me[1] });
    await queryClient.refetchQueries({ queryKey: me });
  }, [queryClient]);
}

/**
 * After logging out (here or everywhere): shows the signed-out state at once, forgets what was
 * fetched for the person, and checks with the server in the background (a guest visit may remain).
 */
export function useForgetUser(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    queryClient.removeQueries({ queryKey: queryKeys.sessions() });
    queryClient.setQueryData<AuthState>(queryKeys.me(), (old) => (old ? { ...old, user: null, memberships: [] } : old));
    void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
  }, [queryClient]);
}

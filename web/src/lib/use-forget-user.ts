import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from './query-keys';
import type { AuthState } from './use-auth';

/**
 * After logging out (here or everywhere): shows the signed-out state at once, forgets what was
 * fetched for the person, and checks with the server in the background (a guest visit may remain).
 */
export function useForgetUser(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
    queryClient.removeQueries({ queryKey: queryKeys.sessions() });
    queryClient.setQueryData<AuthState>(queryKeys.me(), (old) => (old ? { ...old, user: null, memberships: [], signedOutHere: true } : old));
    void queryClient.invalidateQueries({ queryKey: queryKeys.me() });
  }, [queryClient]);
}

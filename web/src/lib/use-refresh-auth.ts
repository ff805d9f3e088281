import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { queryKeys } from './query-keys';

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

import { useQuery } from '@tanstack/react-query';
import type { SessionSummary } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The browsers signed in to this account, the one in use marked `current`. */
export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions(),
    queryFn: async (): Promise<SessionSummary[]> => (await request(() => api.account.sessions.$get())).sessions,
  });
}

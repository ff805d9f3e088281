import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionSummary } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import { useForgetUser } from '../../../lib/use-forget-user';

/** Logs out one browser. Ending this browser's own session logs the person out here too. */
export function useEndSession() {
  const queryClient = useQueryClient();
  const forgetUser = useForgetUser();
  return useMutation({
    mutationFn: (session: SessionSummary) => request(() => api.account.sessions[':sessionId'].$delete({ param: { sessionId: session.id } })),
    onSuccess: (_nothing, session) => {
      if (session.current) forgetUser();
      else return queryClient.invalidateQueries({ queryKey: queryKeys.sessions() });
    },
  });
}

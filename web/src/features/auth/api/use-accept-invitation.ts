import { useMutation } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { useRefreshAuth } from '../../../lib/use-refresh-auth';

/** A signed-in person joins the region of an invitation. */
export function useAcceptInvitation(token: string) {
  const refreshAuth = useRefreshAuth();
  return useMutation({
    mutationFn: () => request(() => api.invitations['by-token'][':token'].accept.$post({ param: { token } })),
    onSuccess: () => refreshAuth(),
  });
}

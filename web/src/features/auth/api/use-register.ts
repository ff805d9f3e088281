import { useMutation } from '@tanstack/react-query';
import type { NewAccountInput } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { useRefreshAuth } from '../../../lib/use-refresh-auth';

/** Creates an account through an invitation: joins its region and logs in, in one step. */
export function useRegister(token: string) {
  const refreshAuth = useRefreshAuth();
  return useMutation({
    mutationFn: (input: NewAccountInput) => request(() => api.invitations['by-token'][':token'].register.$post({ param: { token }, json: input })),
    onSuccess: () => refreshAuth(),
  });
}

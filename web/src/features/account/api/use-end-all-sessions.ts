import { useMutation } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { useForgetUser } from '../../../lib/use-forget-user';

/** "Logg ut på alle enheter": every session of the account ends, this one included. */
export function useEndAllSessions() {
  const forgetUser = useForgetUser();
  return useMutation({
    mutationFn: () => request(() => api.account.sessions['end-all'].$post()),
    onSuccess: forgetUser,
  });
}

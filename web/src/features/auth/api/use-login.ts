import { useMutation } from '@tanstack/react-query';
import type { LoginInput } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { useRefreshAuth } from '../../../lib/use-refresh-auth';

/** Logs in with email and password; afterwards the sign-in state is fetched anew. */
export function useLogin() {
  const refreshAuth = useRefreshAuth();
  return useMutation({
    mutationFn: (input: LoginInput) => request(() => api.auth.login.$post({ json: input })),
    onSuccess: () => refreshAuth(),
  });
}

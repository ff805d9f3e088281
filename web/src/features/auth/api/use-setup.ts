import { useMutation } from '@tanstack/react-query';
import type { SetupInput } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { useRefreshAuth } from '../../../lib/use-refresh-auth';

/** The one-time set-up: creates the administrator and logs them in. */
export function useSetup() {
  const refreshAuth = useRefreshAuth();
  return useMutation({
    mutationFn: (input: SetupInput) => request(() => api.auth.setup.$post({ json: input })),
    onSuccess: () => refreshAuth(),
  });
}

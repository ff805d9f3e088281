import { useMutation } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { useForgetUser } from '../../../lib/use-forget-user';

/** Ends this browser's session and forgets everything that was fetched with it. */
export function useLogout() {
  const forgetUser = useForgetUser();
  return useMutation({
    mutationFn: () => request(() => api.auth.logout.$post()),
    onSuccess: forgetUser,
  });
}

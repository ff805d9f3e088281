import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AuthState } from '../../../lib/use-auth';

/** The name a guest is shown with to others on the board. */
export function useRenameGuest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (guestName: string) => (await request(() => api.guest.$patch({ json: { guestName } }))).guest,
    onSuccess: (guest) => {
      queryClient.setQueryData<AuthState>(queryKeys.me(), (old) => (old ? { ...old, guest } : old));
    },
  });
}

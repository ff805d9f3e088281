import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { updateAccountSchema } from '../../../../../shared/schemas/account';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { AuthState } from '../../../lib/use-auth';

/** Changes the account's name or municipality; the header shows the new name at once. */
export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.input<typeof updateAccountSchema>) => (await request(() => api.account.$patch({ json: input }))).user,
    onSuccess: (user) => {
      queryClient.setQueryData<AuthState>(queryKeys.me(), (old) => (old ? { ...old, user } : old));
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../../shared/schemas/role';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Gives a member another role; the region (and the caller's own role in it) is fetched anew. */
export function useChangeRole(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      request(() => api.regions[':regionId'].members[':userId'].$patch({ param: { regionId, userId }, json: { role } })),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.region(regionId) }), queryClient.invalidateQueries({ queryKey: queryKeys.me() })]),
  });
}

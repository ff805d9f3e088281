import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Removes someone from a region, or (with one's own id) leaves it. Their boards stay. */
export function useRemoveMember(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => request(() => api.regions[':regionId'].members[':userId'].$delete({ param: { regionId, userId } })),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.members(regionId) }),
        // Someone who left no longer sees the region in their list.
        queryClient.invalidateQueries({ queryKey: queryKeys.regions(), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me() }),
      ]),
  });
}

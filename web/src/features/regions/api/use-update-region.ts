import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateRegionInput } from '../../../../../shared/schemas/region';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { RegionWithRole } from './use-region';

export function useUpdateRegion(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateRegionInput) => (await request(() => api.regions[':regionId'].$patch({ param: { regionId }, json: input }))).region,
    onSuccess: (region) => {
      queryClient.setQueryData<RegionWithRole>(queryKeys.region(regionId), (old) => (old ? { ...old, region } : old));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.regions(), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me() }),
      ]);
    },
  });
}

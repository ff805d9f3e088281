import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** One region with its municipalities; waits while the id is not known yet. */
export function useRegion(regionId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.region(regionId ?? ''),
    queryFn: async () =>
      (await request(() => api.regions[':regionId'].$get({ param: { regionId: regionId ?? '' } }))).region,
    enabled: Boolean(regionId),
  });
}

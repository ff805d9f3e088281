import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** All regions (samarbeid), sorted by name. */
export function useRegions() {
  return useQuery({
    queryKey: queryKeys.regions(),
    queryFn: async () => (await request(() => api.regions.$get())).regions,
  });
}

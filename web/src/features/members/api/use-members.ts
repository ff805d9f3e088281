import { useQuery } from '@tanstack/react-query';
import type { Member } from '../../../../../shared/schemas/membership';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** The people in a region with their roles, sorted by name. */
export function useMembers(regionId: string) {
  return useQuery({
    queryKey: queryKeys.members(regionId),
    queryFn: async (): Promise<Member[]> => (await request(() => api.regions[':regionId'].members.$get({ param: { regionId } }))).members,
  });
}

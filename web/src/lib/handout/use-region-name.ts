import { useQuery } from '@tanstack/react-query';
import { api, request } from '../api-client';
import { queryKeys } from '../query-keys';
import { useAuth } from '../use-auth';

/**
 * The name of a board's region, for a handout's title page; undefined while loading and for people
 * outside the region (share-link guests), who may see a board but not its region. Shares the
 * region's cached answer with the region pages.
 */
export function useRegionName(regionId: string): string | undefined {
  const isMember = useAuth().data?.memberships.some((membership) => membership.regionId === regionId) ?? false;
  return useQuery({
    queryKey: queryKeys.region(regionId),
    queryFn: () => request(() => api.regions[':regionId'].$get({ param: { regionId } })),
    select: (data: { region: { name: string } }) => data.region.name,
    enabled: isMember,
  }).data;
}

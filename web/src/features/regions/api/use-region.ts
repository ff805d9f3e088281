import { useQuery } from '@tanstack/react-query';
import type { Region } from '../../../../../shared/schemas/region';
import type { Role } from '../../../../../shared/schemas/role';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A region and the caller's role in it, as `GET /api/regions/:id` answers. */
export interface RegionWithRole {
  region: Region;
  role: Role;
}

export function regionQuery(regionId: string | undefined) {
  return {
    queryKey: queryKeys.region(regionId ?? ''),
    queryFn: (): Promise<RegionWithRole> => request(() => api.regions[':regionId'].$get({ param: { regionId: regionId ?? '' } })),
    enabled: Boolean(regionId),
  };
}

/** One region with its municipalities; waits while the id is not known yet. */
export function useRegion(regionId: string | undefined) {
  return useQuery({ ...regionQuery(regionId), select: (data: RegionWithRole) => data.region });
}

/** The caller's role in a region (the administrator counts as coordinator), once known. */
export function useRegionRole(regionId: string | undefined): Role | undefined {
  return useQuery({ ...regionQuery(regionId), select: (data: RegionWithRole) => data.role }).data;
}

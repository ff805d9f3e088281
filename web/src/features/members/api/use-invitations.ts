import { useQuery } from '@tanstack/react-query';
import type { Invitation } from '../../../../../shared/schemas/membership';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Every invitation made for a region, newest first, with its status. Coordinators only. */
export function useInvitations(regionId: string) {
  return useQuery({
    queryKey: queryKeys.invitations(regionId),
    queryFn: async (): Promise<Invitation[]> => (await request(() => api.regions[':regionId'].invitations.$get({ param: { regionId } }))).invitations,
  });
}

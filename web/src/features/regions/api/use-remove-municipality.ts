import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useRemoveMunicipality(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (municipalityId: string) =>
      request(() => api.regions[':regionId'].municipalities[':municipalityId'].$delete({ param: { regionId, municipalityId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.regions() }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddMunicipalityInput } from '../../../../../shared/schemas/municipality';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useAddMunicipality(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddMunicipalityInput) =>
      (await request(() => api.regions[':regionId'].municipalities.$post({ param: { regionId }, json: input }))).municipality,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.regions() }),
  });
}

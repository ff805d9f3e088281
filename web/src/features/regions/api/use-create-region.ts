import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { createRegionSchema } from '../../../../../shared/schemas/region';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: z.output<typeof createRegionSchema>) => (await request(() => api.regions.$post({ json: input }))).region,
    // The header's region switcher lists it too.
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.regions() }), queryClient.invalidateQueries({ queryKey: queryKeys.me() })]),
  });
}

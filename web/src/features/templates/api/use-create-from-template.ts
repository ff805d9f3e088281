import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../../../shared/schemas/board';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Which template to make a board from: a worksheet of the guide (with a variant) or one of the region's own. */
export type TemplateChoice = { templateId: string; variant?: string } | { regionTemplateId: string };

/** Makes a board from a template; the region's lists (boards, toolkit path) are refreshed after. */
export function useCreateFromTemplate(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (choice: TemplateChoice): Promise<Board> =>
      (await request(() => api.regions[':regionId'].boards.$post({ param: { regionId }, json: choice }))).board,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.region(regionId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.regions(), exact: true }),
      ]),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Decision, MarkDecision, RegionDecision } from '../../../../../shared/schemas/decision';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A board's decisions, in the order they were decided. */
export function useBoardDecisions(boardId: string) {
  return useQuery({
    queryKey: queryKeys.boardDecisions(boardId),
    queryFn: async (): Promise<Decision[]> => (await request(() => api.boards[':boardId'].decisions.$get({ param: { boardId } }))).decisions,
  });
}

/** The decisions on a region's active boards, newest first. */
export function useRegionDecisions(regionId: string) {
  return useQuery({
    queryKey: queryKeys.regionDecisions(regionId),
    queryFn: async (): Promise<RegionDecision[]> => (await request(() => api.regions[':regionId'].decisions.$get({ param: { regionId } }))).decisions,
  });
}

/** Marks an item as a decision (or changes the mark); the board's and the region's lists refresh. */
export function useMarkDecision(boardId: string, regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, ...input }: MarkDecision & { itemId: string }): Promise<Decision> =>
      (await request(() => api.boards[':boardId'].decisions[':itemId'].$put({ param: { boardId, itemId }, json: input }))).decision,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.boardDecisions(boardId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.regionDecisions(regionId) }),
      ]),
  });
}

/** Takes a decision mark back. */
export function useRemoveDecision(boardId: string, regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (itemId: string): Promise<void> => {
      await request(() => api.boards[':boardId'].decisions[':itemId'].$delete({ param: { boardId, itemId } }));
    },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.boardDecisions(boardId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.regionDecisions(regionId) }),
      ]),
  });
}

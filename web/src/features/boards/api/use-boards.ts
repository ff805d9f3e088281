import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A region's boards: the active ones (`'false'`) or only the archived ones (`'only'`). */
export function useBoards(regionId: string, archived: 'false' | 'only' = 'false') {
  return useQuery({
    queryKey: queryKeys.boards(regionId, archived),
    queryFn: async () => (await request(() => api.regions[':regionId'].boards.$get({ param: { regionId }, query: { archived } }))).boards,
  });
}

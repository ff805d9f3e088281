import { useQuery } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useBoard(boardId: string) {
  return useQuery({
    queryKey: queryKeys.board(boardId),
    queryFn: async () => (await request(() => api.boards[':boardId'].$get({ param: { boardId } }))).board,
  });
}

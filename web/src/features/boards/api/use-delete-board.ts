import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../../../shared/schemas/board';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Deletes an archived board for good. */
export function useDeleteBoard() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (board: Board) => request(() => api.boards[':boardId'].$delete({ param: { boardId: board.id } })),
    onSuccess: (_nothing, board) => {
      queryClient.removeQueries({ queryKey: queryKeys.board(board.id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.region(board.regionId) });
    },
  });
}

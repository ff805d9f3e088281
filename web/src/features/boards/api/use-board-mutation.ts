import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../../../shared/schemas/board';
import { queryKeys } from '../../../lib/query-keys';
import type { BoardWithAccess } from './use-board';

/**
 * A change to one board. Afterwards the board itself and every list of its region are refreshed,
 * since renaming, archiving or copying moves boards between lists and changes counts.
 */
export function useBoardMutation<Input>(mutationFn: (input: Input) => Promise<Board>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (board) => {
      queryClient.setQueryData<BoardWithAccess>(queryKeys.board(board.id), (old) => (old ? { ...old, board } : old));
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.region(board.regionId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.regions(), exact: true }),
      ]);
    },
  });
}

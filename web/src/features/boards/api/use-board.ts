import { useQuery } from '@tanstack/react-query';
import type { Board } from '../../../../../shared/schemas/board';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A board and what the caller may do with its content, as `GET /api/boards/:id` answers. */
export interface BoardWithAccess {
  board: Board;
  access: 'read' | 'write';
}

/** The board query, shared by the page and by what starts loading it early. */
export function boardQuery(boardId: string) {
  return {
    queryKey: queryKeys.board(boardId),
    queryFn: (): Promise<BoardWithAccess> => request(() => api.boards[':boardId'].$get({ param: { boardId } })),
  };
}

export function useBoard(boardId: string) {
  return useQuery({ ...boardQuery(boardId), select: (data: BoardWithAccess) => data.board });
}

/** "read" or "write": whether this person may change the board's content. */
export function useBoardAccess(boardId: string): 'read' | 'write' | undefined {
  return useQuery({ ...boardQuery(boardId), select: (data: BoardWithAccess) => data.access }).data;
}

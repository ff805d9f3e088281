import { api, request } from '../../../lib/api-client';
import { useBoardMutation } from './use-board-mutation';

export function useDuplicateBoard() {
  return useBoardMutation(
    async ({ boardId, title }: { boardId: string; title?: string }) =>
      (await request(() => api.boards[':boardId'].duplicate.$post({ param: { boardId }, json: { title } }))).board,
  );
}

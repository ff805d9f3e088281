import { api, request } from '../../../lib/api-client';
import { useBoardMutation } from './use-board-mutation';

export function useRenameBoard() {
  return useBoardMutation(
    async ({ boardId, title }: { boardId: string; title: string }) =>
      (await request(() => api.boards[':boardId'].$patch({ param: { boardId }, json: { title } }))).board,
  );
}

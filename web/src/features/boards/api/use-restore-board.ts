import { api, request } from '../../../lib/api-client';
import { useBoardMutation } from './use-board-mutation';

export function useRestoreBoard() {
  return useBoardMutation(async (boardId: string) => (await request(() => api.boards[':boardId'].restore.$post({ param: { boardId } }))).board);
}

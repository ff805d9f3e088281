import { api, request } from '../../../lib/api-client';
import { useBoardMutation } from './use-board-mutation';

export function useArchiveBoard() {
  return useBoardMutation(async (boardId: string) => (await request(() => api.boards[':boardId'].archive.$post({ param: { boardId } }))).board);
}

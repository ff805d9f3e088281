import type { CreateBoardInput } from '../../../../../shared/schemas/board';
import { api, request } from '../../../lib/api-client';
import { useBoardMutation } from './use-board-mutation';

export function useCreateBoard(regionId: string) {
  return useBoardMutation(
    async (input: CreateBoardInput) => (await request(() => api.regions[':regionId'].boards.$post({ param: { regionId }, json: input }))).board,
  );
}

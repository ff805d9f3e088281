import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ShareAccess, ShareLink } from '../../../../../shared/schemas/share-link';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateShareLink(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (access: ShareAccess): Promise<ShareLink> =>
      (await request(() => api.boards[':boardId']['share-links'].$post({ param: { boardId }, json: { access } }))).shareLink,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.shareLinks(boardId) }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Stops a share link from working; guests using it are disconnected by the server. */
export function useRevokeShareLink(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareLinkId: string) => request(() => api['share-links'][':shareLinkId'].$delete({ param: { shareLinkId } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.shareLinks(boardId) }),
  });
}

import { useQuery } from '@tanstack/react-query';
import type { ShareLink } from '../../../../../shared/schemas/share-link';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** A board's share links that still work, newest first. */
export function useShareLinks(boardId: string) {
  return useQuery({
    queryKey: queryKeys.shareLinks(boardId),
    queryFn: async (): Promise<ShareLink[]> => (await request(() => api.boards[':boardId']['share-links'].$get({ param: { boardId } }))).shareLinks,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Opens a share link: the server makes this browser a guest of the board (unless it is a member). */
export function useOpenShareLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => request(() => api.share[':token'].open.$post({ param: { token } })),
    onSuccess: () => queryClient.refetchQueries({ queryKey: queryKeys.me() }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Invitation } from '../../../../../shared/schemas/membership';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** Makes an invitation link stop working. */
export function useRevokeInvitation(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (invitationId: string): Promise<Invitation> =>
      (await request(() => api.invitations[':invitationId'].$delete({ param: { invitationId } }))).invitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations(regionId) }),
  });
}

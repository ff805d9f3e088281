import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateInvitationInput, Invitation } from '../../../../../shared/schemas/membership';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export function useCreateInvitation(regionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CreateInvitationInput): Promise<Invitation> =>
      (await request(() => api.regions[':regionId'].invitations.$post({ param: { regionId }, json: input }))).invitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invitations(regionId) }),
  });
}

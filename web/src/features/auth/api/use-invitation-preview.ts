import { useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '../../../../../shared/schemas/membership';
import { api, request } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

/** What anyone holding an invitation link may know: region, role, whether it still works. */
export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: async (): Promise<InvitationPreview> => (await request(() => api.invitations['by-token'][':token'].$get({ param: { token } }))).invitation,
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingRecord, StoredMinutes } from '../../../../../shared/schemas/minutes';
import { api, request } from '../../../lib/api-client';
import { readApiError } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

/** The minutes stored with a board, newest first. */
export function useStoredMinutes(boardId: string) {
  return useQuery({
    queryKey: queryKeys.boardMinutes(boardId),
    queryFn: async (): Promise<StoredMinutes[]> => (await request(() => api.boards[':boardId'].minutes.$get({ param: { boardId } }))).minutes,
  });
}

/** What happened in the meeting just held on the board. */
export async function fetchMeetingRecord(boardId: string): Promise<MeetingRecord> {
  return (await request(() => api.boards[':boardId'].minutes.draft.$get({ param: { boardId } }))).record;
}

/** The meeting just held, while `enabled` (editors, with the minutes dialog open); refreshed when minutes are stored. */
export function useMeetingRecord(boardId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...queryKeys.boardMinutes(boardId), 'draft'] as const,
    queryFn: () => fetchMeetingRecord(boardId),
    enabled,
    staleTime: 0,
  });
}

/** Stores the Word and PDF files of minutes with the board. */
export function useStoreMinutes(boardId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { record: MeetingRecord; docx: Blob; pdf: Blob }): Promise<StoredMinutes> => {
      const form = new FormData();
      form.append('language', input.record.region.language);
      form.append('startedAt', input.record.startedAt);
      form.append('endedAt', input.record.endedAt);
      form.append('docx', input.docx, 'referat.docx');
      form.append('pdf', input.pdf, 'referat.pdf');
      // Multipart, which the typed client does not describe; same origin, so the session cookie goes along.
      const response = await fetch(`/api/boards/${encodeURIComponent(boardId)}/minutes`, { method: 'POST', body: form });
      if (!response.ok) throw await readApiError(response);
      return ((await response.json()) as { minutes: StoredMinutes }).minutes;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.boardMinutes(boardId) }),
  });
}

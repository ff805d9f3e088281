import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { closeCodes } from '../../../../../shared/sync/close-codes';
import { queryKeys } from '../../../lib/query-keys';
import type { DiagramSession } from '../sync/use-diagram-session';

/**
 * The server closes with "access changed" when someone's rights change (member → observer): the
 * socket reconnects with the new rights, and the page fetches them so the editor follows.
 */
export function useAccessRefresh(session: DiagramSession, boardId: string) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      session.provider.onClose((code) => {
        if (code === closeCodes.accessChanged || code === closeCodes.sessionEnded) void queryClient.invalidateQueries({ queryKey: queryKeys.board(boardId) });
      }),
    [session.provider, queryClient, boardId],
  );
}

import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { diagramSocketPath } from '../../../../shared/sync/diagram-protocol';
import { boardQuery } from '../../features/boards/api/use-board';
import { webConfigQuery } from '../../features/canvas/api/use-canvas-session-data';
import { openEarlySocket, socketUrl } from '../../lib/early-socket';
import { workspaces } from '../board/workspaces';

/**
 * Starts everything a board page needs at once, instead of one after another: the board and the
 * configuration with the sign-in check (from navigation), then, as soon as the board says what
 * kind it is, the editor's chunk and (diagrams) the board's socket, which the editor takes over
 * when it starts. The page itself reads all of these through its usual queries and lazy imports.
 * (The boot script, boot/early-start.ts, has usually asked for all of this already; what it has is
 * taken here instead of asking again.)
 */
export function startBoardLoading(queryClient: QueryClient, boardId: string): void {
  if (!boardId) return;
  void queryClient.prefetchQuery(webConfigQuery);
  void queryClient.fetchQuery(boardQuery(boardId)).then(
    ({ board, access }) => {
      if (board.archivedAt) return;
      // The workspace, so the editor (tldraw's chunk for a canvas) and the meeting tools it adds
      // are fetched at once, not only when the page renders.
      void workspaces[board.kind].preload().catch(() => {});
      if (board.kind === 'diagram' && access) openEarlySocket(socketUrl(diagramSocketPath(boardId)));
    },
    () => {},
  );
}

/** A board page's path (the board route's, in app/router.tsx). */
export const boardPath = '/tavler/:boardId';

/**
 * Rendered by the app layout on every page, so a board's loading starts with the app, while the
 * sign-in is still being checked (the routes below the layout render only once it is known).
 */
export function StartBoardLoading() {
  const { pathname } = useLocation();
  const boardId = matchPath(boardPath, pathname)?.params.boardId ?? '';
  const queryClient = useQueryClient();
  useEffect(() => startBoardLoading(queryClient, boardId), [queryClient, boardId]);
  return null;
}

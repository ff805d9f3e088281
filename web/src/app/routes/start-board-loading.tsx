import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { diagramSocketPath } from '../../../../shared/sync/diagram-protocol';
import { boardQuery } from '../../features/boards/api/use-board';
import { webConfigQuery } from '../../features/canvas/api/use-canvas-session-data';
import { regionQuery } from '../../features/regions/api/use-region';
import { openEarlySocket, socketUrl } from '../../lib/early-socket';
import { authQuery } from '../../lib/use-auth';
import { workspaces } from '../board/workspaces';

/**
 * Starts everything a board page needs at once, instead of one after another: the board, the
 * configuration and (for a member) the region with the sign-in check, then, as soon as the board says
 * what kind it is, the editor's workspace (tldraw's chunk for a canvas, with the meeting tools) and,
 * for a diagram, its socket and then its session, which takes the board from that socket. The page
 * reads all of it through its usual queries and lazy imports. The boot script (boot/early-start.ts)
 * has usually asked for the answers and opened the socket already; they are taken here, not asked
 * for again. Calling it again for the same board starts nothing twice. Settles when all is there.
 */
export function startBoardLoading(queryClient: QueryClient, boardId: string): Promise<void> {
  if (!boardId) return Promise.resolve();
  const board = queryClient.fetchQuery(boardQuery(boardId));
  return Promise.all([
    queryClient.prefetchQuery(webConfigQuery),
    board.then(({ board, access }): Promise<unknown> | undefined => {
      if (board.archivedAt) return;
      if (board.kind === 'canvas') return workspaces.canvas.preload();
      if (!access) return;
      openEarlySocket(socketUrl(diagramSocketPath(boardId)));
      return workspaces.diagram.preload().then(({ prepareBoard }) => prepareBoard(boardId));
    }),
    Promise.all([queryClient.fetchQuery(authQuery), board]).then(([auth, { board }]) => {
      const member = auth.memberships.some((membership) => membership.regionId === board.regionId);
      return member ? queryClient.prefetchQuery(regionQuery(board.regionId)) : undefined;
    }),
  ]).then(
    () => {},
    // A failure is the page's to show, through its own queries.
    () => {},
  );
}

/** A board page's path (the board route's, in app/router.tsx). */
export const boardPath = '/tavler/:boardId';

export function isBoardPath(pathname: string): boolean {
  return matchPath(boardPath, pathname) !== null;
}

/**
 * Rendered by the app layout on every page, so a board's loading starts with the app, while the
 * sign-in is still being checked (the routes below the layout render only once it is known).
 */
export function StartBoardLoading() {
  const { pathname } = useLocation();
  const boardId = matchPath(boardPath, pathname)?.params.boardId ?? '';
  const queryClient = useQueryClient();
  useEffect(() => void startBoardLoading(queryClient, boardId), [queryClient, boardId]);
  return null;
}

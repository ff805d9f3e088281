import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { boardQuery } from '../features/boards/api/use-board';
import { webConfigQuery } from '../features/canvas/api/use-canvas-session-data';
import { regionQuery } from '../features/regions/api/use-region';
import { earlyEditor } from '../lib/early-start-state';
import { authQuery } from '../lib/use-auth';
import { workspaces } from './board/workspaces';
import { boardPath } from './routes/start-board-loading';

/** Longer than this, and the app renders its loading states instead of waiting on. */
const longestWaitMs = 1_500;

/**
 * On a board page, before the app's first render: what the page needs to show the board, so React
 * renders it in one go instead of commit after commit (sign-in checked, board loaded, editor code
 * loaded, region loaded). Nearly all of it has arrived by the time the app's scripts have run: the
 * boot script asked for the answers while the page was parsed, and the server named the editor's
 * files in the page (server/routes/pages/board-page.ts). A diagram's session is opened here too, so
 * the editor's first render has the board. Anything slower than `longestWaitMs`
 * is left to the page's own loading states; a failure is the page's to show, as it would be anyway.
 */
export async function warmStart(queryClient: QueryClient, pathname = location.pathname): Promise<void> {
  const boardId = matchPath(boardPath, pathname)?.params.boardId;
  if (!boardId) return;
  const editor = earlyEditor();
  const ready = Promise.all([
    // The diagram's session opens as soon as its code has run, taking the board from the early socket.
    editor === 'diagram' ? workspaces.diagram.preload().then(({ prepareBoard }) => prepareBoard(boardId)) : null,
    editor === 'canvas' ? workspaces.canvas.preload() : null,
    queryClient.prefetchQuery(webConfigQuery),
    Promise.all([queryClient.fetchQuery(authQuery), queryClient.fetchQuery(boardQuery(boardId))]).then(([auth, { board }]) => {
      const member = auth.memberships.some((membership) => membership.regionId === board.regionId);
      return member ? queryClient.prefetchQuery(regionQuery(board.regionId)) : null;
    }),
  ]).catch(() => {});
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([ready, new Promise((resolve) => (timer = setTimeout(resolve, longestWaitMs)))]);
  clearTimeout(timer);
}

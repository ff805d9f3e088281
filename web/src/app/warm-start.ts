import type { QueryClient } from '@tanstack/react-query';
import { matchPath } from 'react-router';
import { boardPath, startBoardLoading } from './routes/start-board-loading';

/** Longer than this, and the app renders its loading states instead of waiting on. */
const longestWaitMs = 1_500;

/**
 * On a board page, before the app's first render: starts the board's loading (including a
 * diagram's session, which takes the board from the early socket) and waits for it, so React
 * renders the board in one go instead of commit after commit (sign-in checked, board loaded, editor
 * code loaded, region loaded). Nearly all of it has arrived by the time the app's scripts have run:
 * the boot script asked for the answers while the page was parsed, and the server named the
 * editor's files in the page (server/routes/pages/board-page.ts). Anything slower than
 * `longestWaitMs` is left to the page's own loading states.
 */
export async function warmStart(queryClient: QueryClient, pathname = location.pathname): Promise<void> {
  const boardId = matchPath(boardPath, pathname)?.params.boardId;
  if (!boardId) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([startBoardLoading(queryClient, boardId), new Promise((resolve) => (timer = setTimeout(resolve, longestWaitMs)))]);
  clearTimeout(timer);
}

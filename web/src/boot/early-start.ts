import { boardPageMeta } from '../../../shared/web/board-page-meta';
import type { EarlySocketEvent, EarlyStartState } from '../lib/early-start-state';

/**
 * The first code a page runs, inline in index.html (web/build/early-start-plugin.ts puts it there),
 * so it starts while the page is parsed, before the app's scripts have even arrived. It asks who is
 * here and, on a board page, for the board, the configuration and (for a member) the board's region,
 * all at once; on a diagram the person may open, it also asks for the board's content and opens the
 * board's socket. The app takes these answers and the socket instead of asking again
 * (lib/early-start-state.ts). The server names the editor in a board page it serves when the person
 * may open it (a meta, and the editor's files as preloads: server/routes/pages/board-page.ts).
 */
const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
const state: EarlyStartState = { startedAt: performance.now(), responses: new Map(), sockets: new Map() };
window.planromEarlyStart = state;

/** A socket nobody takes (the editor did not start) is closed after this long. */
const unclaimedMs = 15_000;

function get(path: string): Promise<Response> {
  const response = fetch(path, { headers: { accept: 'application/json' } });
  // The taker sees a failure itself; none is reported here.
  response.catch(() => {});
  state.responses.set(path, response);
  return response;
}

function openSocket(path: string): void {
  const url = `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
  const socket = new WebSocket(url);
  socket.binaryType = 'arraybuffer';
  const events: EarlySocketEvent[] = [];
  socket.onopen = (event) => void events.push({ type: 'open', event });
  socket.onmessage = (event) => void events.push({ type: 'message', event });
  socket.onclose = (event) => void events.push({ type: 'close', event });
  socket.onerror = (event) => void events.push({ type: 'error', event });
  state.sockets.set(url, { socket, events });
  setTimeout(() => {
    if (state.sockets.get(url)?.socket !== socket) return;
    state.sockets.delete(url);
    socket.close();
  }, unclaimedMs);
}

get('/api/auth/me');
const pathId = /^\/tavler\/([^/]+)\/?$/.exec(location.pathname)?.[1];
// Encoded as the app's API client and socket address encode it.
const boardId = pathId ? reencoded(pathId) : undefined;

function reencoded(segment: string): string | undefined {
  try {
    return encodeURIComponent(decodeURIComponent(segment));
  } catch {
    return undefined;
  }
}
if (boardId) {
  get('/api/config');
  get(`/api/boards/${boardId}`);
  // What the server said of this board and person (server/routes/pages/board-page.ts): the editor
  // they may open (not archived), and the board's region when they are a member of it.
  const named = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
  const editor = named(boardPageMeta.editor);
  const regionId = named(boardPageMeta.region);
  if (regionId) get(`/api/regions/${encodeURIComponent(regionId)}`);
  const socketPath = script?.dataset.diagramSocket;
  if (editor === 'diagram' && socketPath) {
    // The content the page draws first, and the socket the editor goes live on right after.
    get(`/api/boards/${boardId}/diagram/content`);
    openSocket(socketPath.replace('BOARD', boardId));
  }
}

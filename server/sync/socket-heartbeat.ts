import type { WebSocket } from 'ws';

/** How often a board socket is pinged; one that has not answered the last ping by then is dropped. */
const heartbeatMs = 30_000;

/**
 * Drops sockets whose peer vanished without closing (a laptop lid shut, a network gone), so their
 * rooms do not keep them as present. Returns the function that stops the heartbeat.
 */
export function startHeartbeat(socket: WebSocket): () => void {
  let alive = true;
  socket.on('pong', () => (alive = true));
  const timer = setInterval(() => {
    if (!alive) return socket.terminate();
    alive = false;
    socket.ping();
  }, heartbeatMs);
  return () => clearInterval(timer);
}

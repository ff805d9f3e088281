/**
 * What the boot script (`web/src/boot/early-start.ts`) started before the app's own code had loaded:
 * API answers by path and sockets by address, kept on `window` for the app to take.
 */
export interface EarlyStartState {
  /** `performance.now()` when the boot script ran. */
  startedAt: number;
  /** GET answers by path (`/api/auth/me`), each for the first taker only. */
  responses: Map<string, Promise<Response>>;
  /** Sockets by `ws:`/`wss:` address, with everything they said before they were taken. */
  sockets: Map<string, EarlyRawSocket>;
}

export interface EarlyRawSocket {
  socket: WebSocket;
  events: EarlySocketEvent[];
}

export type EarlySocketEvent = { type: 'open' | 'message' | 'close' | 'error'; event: unknown };

declare global {
  interface Window {
    planromEarlyStart?: EarlyStartState;
  }
}

/** An answer older than this is not handed out (the page has been open a while: ask again). */
const freshForMs = 15_000;

/** The boot script's answer to `GET path`, once; null when there is none (the caller fetches). */
export function takeEarlyResponse(path: string): Promise<Response> | null {
  const state = typeof window === 'undefined' ? undefined : window.planromEarlyStart;
  const response = state?.responses.get(path);
  if (!state || !response) return null;
  state.responses.delete(path);
  return performance.now() - state.startedAt < freshForMs ? response : null;
}

/** The socket the boot script opened for `url`, once, or null. */
export function takeEarlyRawSocket(url: string): EarlyRawSocket | null {
  const state = typeof window === 'undefined' ? undefined : window.planromEarlyStart;
  const socket = state?.sockets.get(url);
  if (!state || !socket) return null;
  state.sockets.delete(url);
  return socket;
}

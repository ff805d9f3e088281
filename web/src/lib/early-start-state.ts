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

/** What the boot script kept under `key`, handed to the first taker only. */
function takeOnce<T>(pick: (state: EarlyStartState) => Map<string, T>, key: string): { value: T; startedAt: number } | null {
  const state = typeof window === 'undefined' ? undefined : window.planromEarlyStart;
  const value = state && pick(state).get(key);
  if (!state || !value) return null;
  pick(state).delete(key);
  return { value, startedAt: state.startedAt };
}

/** The boot script's answer to `GET path`, once; null when there is none (the caller fetches). */
export function takeEarlyResponse(path: string): Promise<Response> | null {
  const taken = takeOnce((state) => state.responses, path);
  return taken && performance.now() - taken.startedAt < freshForMs ? taken.value : null;
}

/** The socket the boot script opened for `url`, once, or null. */
export function takeEarlyRawSocket(url: string): EarlyRawSocket | null {
  return takeOnce((state) => state.sockets, url)?.value ?? null;
}

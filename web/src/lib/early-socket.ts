/**
 * A WebSocket opened before the code that will use it has loaded (a board page opens its socket
 * while the editor's chunk is still on its way). Everything the socket says before it is taken is
 * kept and handed on, in order, to the handlers its user sets; a socket nobody takes is closed.
 */

import { takeEarlyRawSocket, type EarlyRawSocket, type EarlySocketEvent as Queued } from './early-start-state';

type Handler<T> = ((event: T) => void) | null;

/** How long an opened socket waits to be taken (the editor did not start: no access, an error). */
const unclaimedMs = 15_000;

const waiting = new Map<string, EarlySocket>();
/** Addresses whose early socket has been taken and is still open: asking again opens none. */
const inUse = new Set<string>();

/** `ws:`/`wss:` address of a path on this server. */
export function socketUrl(path: string): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}${path}`;
}

/** The socket the boot script opened for `url` (boot/early-start.ts), taken over with what it heard. */
function adoptFromBootScript(url: string): void {
  const raw = waiting.has(url) ? null : takeEarlyRawSocket(url);
  if (raw) waiting.set(url, new EarlySocket(url, raw));
}

/**
 * Starts connecting to `url` now, for whoever takes it with `takeEarlySocket` later; nothing when a
 * socket to it is waiting or in use already (the board's editor has it).
 */
export function openEarlySocket(url: string): void {
  adoptFromBootScript(url);
  if (waiting.has(url) || inUse.has(url) || typeof WebSocket === 'undefined') return;
  waiting.set(url, new EarlySocket(url));
}

/** The socket opened early for `url` (once), or null: the caller then opens its own. */
export function takeEarlySocket(url: string): EarlySocket | null {
  adoptFromBootScript(url);
  const socket = waiting.get(url) ?? null;
  waiting.delete(url);
  socket?.claim();
  return socket;
}

export class EarlySocket {
  onopen: Handler<unknown> = null;
  onmessage: Handler<{ data: unknown }> = null;
  onclose: Handler<{ code: number; reason: string }> = null;
  onerror: Handler<unknown> = null;
  private readonly socket: WebSocket;
  private queue: Queued[] | null;
  private readonly expiry: ReturnType<typeof setTimeout>;

  /** Opens a socket to `url`, or takes over one the boot script opened, with what it heard so far. */
  constructor(
    readonly url: string,
    adopted?: EarlyRawSocket,
  ) {
    this.socket = adopted?.socket ?? new WebSocket(url);
    this.queue = adopted ? [...adopted.events] : [];
    // Messages that arrive before the user sets binaryType must already be ArrayBuffers.
    this.socket.binaryType = 'arraybuffer';
    this.socket.onopen = (event) => this.deliver({ type: 'open', event });
    this.socket.onmessage = (event) => this.deliver({ type: 'message', event });
    this.socket.onclose = (event) => this.deliver({ type: 'close', event });
    this.socket.onerror = (event) => this.deliver({ type: 'error', event });
    this.expiry = setTimeout(() => {
      if (waiting.get(url) !== this) return;
      waiting.delete(url);
      this.socket.close();
    }, unclaimedMs);
  }

  get binaryType(): string {
    return this.socket.binaryType;
  }

  set binaryType(value: string) {
    this.socket.binaryType = value as BinaryType;
  }

  get readyState(): number {
    return this.socket.readyState;
  }

  send(data: Uint8Array): void {
    this.socket.send(data);
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  /** Taken: what was kept is handed on once the taker has set its handlers (in the same task). */
  claim(): void {
    clearTimeout(this.expiry);
    inUse.add(this.url);
    queueMicrotask(() => {
      const kept = this.queue ?? [];
      this.queue = null;
      for (const item of kept) this.dispatch(item);
    });
  }

  private deliver(item: Queued): void {
    if (item.type === 'close') inUse.delete(this.url);
    if (this.queue) this.queue.push(item);
    else this.dispatch(item);
  }

  private dispatch({ type, event }: Queued): void {
    if (type === 'open') this.onopen?.(event);
    else if (type === 'message') this.onmessage?.(event as { data: unknown });
    else if (type === 'close') this.onclose?.(event as { code: number; reason: string });
    else this.onerror?.(event);
  }
}

import { closeCodes } from './close-codes';

/**
 * The part of a WebSocket the board clients use: the browser's `WebSocket` and the `ws` package
 * both fit, so the same client code runs in the web app, the server tests and the benchmark.
 */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

/** Makes a socket for a URL (a `ws` socket with cookies in tests; the global `WebSocket` by default). */
export type CreateSocket = (url: string) => SocketLike;

/** `ready` once open; `offline` while waiting to reconnect; `closed` for good. */
export type SocketStatus = 'connecting' | 'ready' | 'offline' | 'closed';

/** The `readyState` of an open WebSocket (the same in browsers and `ws`). */
const openState = 1;

/** Close codes after which reconnecting cannot help: the person must act (log in, ask for access). */
export const finalCloseCodes: ReadonlySet<number> = new Set<number>([
  closeCodes.sessionEnded,
  closeCodes.accessRevoked,
  closeCodes.boardGone,
  closeCodes.shareLinkRevoked,
]);

/** Waits before reconnect attempt `attempt` (0-based): 250 ms doubling up to `maxMs`, ±25 % so clients spread out. */
export function reconnectDelay(attempt: number, maxMs: number, random: () => number = Math.random): number {
  return Math.min(maxMs, 250 * 2 ** attempt) * (0.75 + random() * 0.5);
}

export interface ReconnectingSocketOptions {
  /** Full `ws:`/`wss:` address. */
  url: string;
  createSocket?: CreateSocket;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
  /** Opened (again): say hello; call `resetBackoff()` once the connection has proven healthy. */
  onOpen(): void;
  onMessage(data: unknown): void;
  /** The server (or the network) closed the connection; `final` when no reconnect follows. */
  onClose(code: number, final: boolean): void;
  onStatus?(status: SocketStatus): void;
}

// shared/ compiles without DOM or Node types; every runtime it runs in has these.
const timers = globalThis as unknown as {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

const globalSocket: CreateSocket = (url) => new (globalThis as unknown as { WebSocket: new (url: string) => SocketLike }).WebSocket(url);

/**
 * One board connection that reconnects by itself with back-off (at once when the server asks for a
 * reconnect to pick up changed rights), and stops for good on a close code that reconnecting cannot
 * help. The protocol on top (Yjs sync, meeting messages) lives in the client that uses it.
 */
export class ReconnectingSocket {
  status: SocketStatus = 'offline';
  /** The close code that ended the connection for good, when it did. */
  closedWith: number | null = null;
  private socket: SocketLike | null = null;
  private attempts = 0;
  private retryTimer: unknown = null;
  private destroyed = false;

  constructor(private readonly options: ReconnectingSocketOptions) {}

  /** Whether messages can be sent now. */
  get isOpen(): boolean {
    return this.socket?.readyState === openState;
  }

  /** Opens the socket (again), unless it is open or the client is destroyed. */
  connect(): void {
    if (this.destroyed || this.socket) return;
    this.cancelRetry();
    this.closedWith = null;
    this.setStatus('connecting');
    const socket = (this.options.createSocket ?? globalSocket)(this.options.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.setStatus('ready');
      this.options.onOpen();
    };
    socket.onmessage = (event) => {
      if (this.socket === socket) this.options.onMessage(event.data);
    };
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.destroyed) return;
      const final = finalCloseCodes.has(event.code);
      if (final) this.closedWith = event.code;
      this.options.onClose(event.code, final);
      if (final) return this.setStatus('closed');
      this.setStatus('offline');
      const wait = event.code === closeCodes.accessChanged ? 0 : reconnectDelay(this.attempts, this.options.maxBackoffMs ?? 10_000);
      this.attempts += 1;
      this.retryTimer = timers.setTimeout(() => {
        this.retryTimer = null;
        this.connect();
      }, wait);
    };
  }

  /** The connection proved healthy: the next reconnect waits the shortest time again. */
  resetBackoff(): void {
    this.attempts = 0;
  }

  /** Sends when open; false otherwise (the caller decides what waits for the next connection). */
  send(data: string | Uint8Array): boolean {
    if (!this.socket || this.socket.readyState !== openState) return false;
    this.socket.send(data);
    return true;
  }

  /** Closes the socket without reconnecting; `connect()` opens it again. */
  disconnect(): void {
    this.cancelRetry();
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    if (!this.destroyed) this.setStatus('offline');
  }

  /** Closes for good. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.disconnect();
    this.setStatus('closed');
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) timers.clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(status: SocketStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}

import type { MeetingClientMessage, PresenterView } from '../../../../../shared/meeting/meeting-protocol';
import { meetingServerMessageSchema, type MeetingPerson, type MeetingRefusal, type MeetingState } from '../../../../../shared/meeting/meeting-state';
import { closeCodes } from '../../../../../shared/sync/close-codes';

/** The part of a WebSocket the client uses: the browser's `WebSocket` and the `ws` package both fit. */
export interface MeetingSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type MeetingStatus = 'connecting' | 'online' | 'offline' | 'closed';

export interface MeetingSnapshot {
  status: MeetingStatus;
  you: (MeetingPerson & { canControl: boolean }) | null;
  state: MeetingState | null;
  /** The server's clock minus ours, measured at the last message. */
  clockOffsetMs: number;
}

export interface MeetingClientOptions {
  url: string;
  createSocket?: (url: string) => MeetingSocketLike;
  maxBackoffMs?: number;
}

/** Close codes after which reconnecting cannot help. */
const finalCodes = new Set<number>([closeCodes.sessionEnded, closeCodes.accessRevoked, closeCodes.boardGone, closeCodes.shareLinkRevoked]);

/**
 * The board's meeting channel: holds the latest state the server sent, reconnects by itself with
 * back-off (a meeting-room screen keeps going through restarts), and sends requests. Used by the
 * web app and by the server's tests alike.
 */
export class MeetingClient {
  snapshot: MeetingSnapshot = { status: 'connecting', you: null, state: null, clockOffsetMs: 0 };
  /** The presenter's latest view, so someone who joins or rejoins can go straight there. */
  lastView: PresenterView | null = null;
  private socket: MeetingSocketLike | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly listeners = new Set<(snapshot: MeetingSnapshot) => void>();
  private readonly viewListeners = new Set<(view: PresenterView) => void>();
  private readonly refusalListeners = new Set<(reason: MeetingRefusal, request: string) => void>();

  constructor(private readonly options: MeetingClientOptions) {
    this.connect();
  }

  /** Called with every new snapshot (state, status); returns a function that stops listening. */
  subscribe(listener: (snapshot: MeetingSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called with each view the presenter sends. */
  onView(listener: (view: PresenterView) => void): () => void {
    this.viewListeners.add(listener);
    return () => this.viewListeners.delete(listener);
  }

  onRefused(listener: (reason: MeetingRefusal, request: string) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /** Sends a request; false when offline (nothing is queued: the state after reconnecting is the truth). */
  send(message: MeetingClientMessage): boolean {
    if (this.socket?.readyState !== 1) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Now on the server's clock. */
  serverNow(): number {
    return Date.now() + this.snapshot.clockOffsetMs;
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    this.update({ status: 'closed' });
    this.listeners.clear();
    this.viewListeners.clear();
    this.refusalListeners.clear();
  }

  private connect(): void {
    if (this.destroyed) return;
    this.update({ status: 'connecting' });
    const create =
      this.options.createSocket ?? ((url: string) => new (globalThis as unknown as { WebSocket: new (url: string) => MeetingSocketLike }).WebSocket(url));
    const socket = create(this.options.url);
    this.socket = socket;
    socket.onmessage = (event) => {
      if (this.socket !== socket || typeof event.data !== 'string') return;
      let raw: unknown;
      try {
        raw = JSON.parse(event.data);
      } catch {
        return;
      }
      const parsed = meetingServerMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      switch (message.type) {
        case 'welcome':
          this.attempts = 0;
          this.lastView = null;
          this.update({ status: 'online', you: message.you, state: message.state, clockOffsetMs: message.serverNow - Date.now() });
          break;
        case 'state':
          this.update({ state: message.state, clockOffsetMs: message.serverNow - Date.now() });
          break;
        case 'view':
          this.lastView = message.view;
          for (const listener of this.viewListeners) listener(message.view);
          break;
        case 'refused':
          for (const listener of this.refusalListeners) listener(message.reason, message.request);
          break;
      }
    };
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.destroyed) return;
      if (finalCodes.has(event.code)) return this.update({ status: 'closed' });
      this.update({ status: 'offline' });
      const wait = event.code === closeCodes.accessChanged ? 0 : Math.min(this.options.maxBackoffMs ?? 10_000, 250 * 2 ** this.attempts);
      this.attempts += 1;
      this.retryTimer = setTimeout(() => this.connect(), wait * (0.75 + Math.random() * 0.5));
    };
  }

  private update(change: Partial<MeetingSnapshot>): void {
    // A view belongs to one presenter: it is forgotten when they stop or someone else takes over.
    if (change.state && change.state.presenter?.id !== this.snapshot.state?.presenter?.id) this.lastView = null;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}

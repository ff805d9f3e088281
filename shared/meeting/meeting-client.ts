import { ReconnectingSocket, type CreateSocket } from '../sync/reconnecting-socket';
import type { MeetingClientMessageInput, PresenterView } from './meeting-protocol';
import { meetingServerMessageSchema, type MeetingPerson, type MeetingRefusal, type MeetingState } from './meeting-state';

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
  createSocket?: CreateSocket;
  maxBackoffMs?: number;
}

/**
 * The board's meeting channel: holds the latest state the server sent, reconnects by itself with
 * back-off (a meeting-room screen keeps going through restarts), and sends requests. Used by the
 * web app and by the server's tests alike.
 */
export class MeetingClient {
  snapshot: MeetingSnapshot = { status: 'connecting', you: null, state: null, clockOffsetMs: 0 };
  /** The presenter's latest view, so someone who joins or rejoins can go straight there. */
  lastView: PresenterView | null = null;
  private readonly socket: ReconnectingSocket;
  private readonly listeners = new Set<(snapshot: MeetingSnapshot) => void>();
  private readonly viewListeners = new Set<(view: PresenterView) => void>();
  private readonly refusalListeners = new Set<(reason: MeetingRefusal, request: string) => void>();

  constructor(options: MeetingClientOptions) {
    this.socket = new ReconnectingSocket({
      url: options.url,
      createSocket: options.createSocket,
      maxBackoffMs: options.maxBackoffMs,
      onOpen: () => {},
      onMessage: (data) => this.receive(data),
      onClose: () => {},
      onStatus: (status) => {
        // Online only once the server has welcomed us (with the state to show).
        if (status !== 'ready') this.update({ status });
      },
    });
    this.socket.connect();
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
  send(message: MeetingClientMessageInput): boolean {
    return this.socket.send(JSON.stringify(message));
  }

  /** Now on the server's clock. */
  serverNow(): number {
    return Date.now() + this.snapshot.clockOffsetMs;
  }

  destroy(): void {
    this.socket.destroy();
    this.listeners.clear();
    this.viewListeners.clear();
    this.refusalListeners.clear();
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch {
      return;
    }
    const parsed = meetingServerMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'welcome':
        this.socket.resetBackoff();
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
  }

  private update(change: Partial<MeetingSnapshot>): void {
    // A view belongs to one presenter: it is forgotten when they stop or someone else takes over.
    if (change.state && change.state.presenter?.id !== this.snapshot.state?.presenter?.id) this.lastView = null;
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener(this.snapshot);
  }
}

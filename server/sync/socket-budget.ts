/** How much one board socket may send: a steady rate per second and a burst on top of it. */
export interface SocketBudgetSettings {
  messagesPerSecond: number;
  bytesPerSecond: number;
  /** Seconds of the steady rate a socket may send at once (a large paste, a burst of edits). */
  burstSeconds: number;
}

/**
 * Generous for real editing: tldraw sends at most 30 times a second plus pings and presence, and a
 * large paste arrives as a burst of chunks up to the 4 MB message limit; a flood of hundreds of
 * messages or tens of megabytes a second is cut off.
 */
export const defaultSocketBudget: SocketBudgetSettings = { messagesPerSecond: 150, bytesPerSecond: 4 * 1024 * 1024, burstSeconds: 4 };

/**
 * A per-socket token bucket for messages and bytes: `take()` says whether the next message is
 * within the budget. One per socket; the board socket routes (canvas, diagram, meeting) close a
 * socket over budget with `closeCodes.tooManyMessages`, so one guest cannot flood a room or the
 * database while everyone else keeps editing.
 */
export class SocketBudget {
  private messages: number;
  private bytes: number;
  private last: number;

  constructor(
    private readonly settings: SocketBudgetSettings = defaultSocketBudget,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.messages = settings.messagesPerSecond * settings.burstSeconds;
    this.bytes = settings.bytesPerSecond * settings.burstSeconds;
    this.last = clock();
  }

  /** Counts one message of `size` bytes; false when it is over the budget. */
  take(size: number): boolean {
    const now = this.clock();
    const seconds = Math.max(0, (now - this.last) / 1000);
    this.last = now;
    const { messagesPerSecond, bytesPerSecond, burstSeconds } = this.settings;
    this.messages = Math.min(messagesPerSecond * burstSeconds, this.messages + seconds * messagesPerSecond);
    this.bytes = Math.min(bytesPerSecond * burstSeconds, this.bytes + seconds * bytesPerSecond);
    this.messages -= 1;
    this.bytes -= size;
    return this.messages >= 0 && this.bytes >= 0;
  }
}

/** The size in bytes of a WebSocket message as Hono hands it over. */
export function messageSize(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  if (data && typeof (data as { size?: unknown }).size === 'number') return (data as { size: number }).size;
  return 0;
}

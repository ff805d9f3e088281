import type { WebSocket } from 'ws';
import { closeCodes } from '../../shared/sync/close-codes';

/**
 * How much unsent data a board socket may hold. A client that stops reading (a frozen tab, a
 * dead network that TCP has not noticed yet) would otherwise make the server keep everything the
 * room sends it in memory.
 */
export const slowClientLimits = {
  /** Above this, the client is dropped at once. Larger than any one message the rooms send. */
  hardBytes: 16 * 1024 * 1024,
  /** Above this for `softMs` without getting below it, the client is not keeping up. */
  softBytes: 2 * 1024 * 1024,
  softMs: 20_000,
  /** The close frame waits behind the unsent data; after this the socket is cut instead. */
  closeGraceMs: 2_000,
};

/**
 * Guards what one server socket is sent: `allows()` says whether to send now, and closes the socket
 * (retryable code: the client reconnects and catches up from the room) once it has fallen too far
 * behind, so its unsent data stays bounded.
 */
export class SlowClientGuard {
  private overSince: number | null = null;

  constructor(
    private readonly socket: WebSocket,
    private readonly limits = slowClientLimits,
  ) {}

  allows(): boolean {
    const socket = this.socket;
    if (socket.readyState !== socket.OPEN) return false;
    const buffered = socket.bufferedAmount;
    if (buffered <= this.limits.softBytes) {
      this.overSince = null;
      return true;
    }
    const now = Date.now();
    this.overSince ??= now;
    if (buffered <= this.limits.hardBytes && now - this.overSince < this.limits.softMs) return true;
    socket.close(closeCodes.serverRestart, 'too slow to keep up');
    setTimeout(() => socket.terminate(), this.limits.closeGraceMs).unref();
    return false;
  }
}

import { EventEmitter } from 'node:events';

export interface AccessEventMap {
  /** These sessions ended (log-out, "log out everywhere", password change, user deleted). */
  'sessions-ended': [sessionIds: string[]];
  /** A board share link was revoked: its guests must be disconnected. */
  'share-link-revoked': [shareLinkId: string];
  /** A user's role in a region changed or they left: re-check their connections. */
  'membership-changed': [change: { regionId: string; userId: string }];
  /** A board was archived or deleted: everyone on it is disconnected. */
  'board-closed': [boardId: string];
}

export type AccessEventName = keyof AccessEventMap;

/** Hands an event raised in this process to the other processes (cluster mode, see server/cluster). */
export type AccessEventRelay = <K extends AccessEventName>(event: K, args: AccessEventMap[K]) => void;

/**
 * Tells live connections (the canvas and diagram WebSockets) that access was taken away, so they
 * can close within seconds instead of at the next reconnect. In cluster mode every event raised
 * here is also relayed to the other processes, which raise it with `emitFromElsewhere`.
 */
export class AccessEvents extends EventEmitter<AccessEventMap> {
  private relay: AccessEventRelay | null = null;

  constructor() {
    super();
    // Every open board connection listens; hundreds are normal, not a leak.
    this.setMaxListeners(0);
  }

  /** Sends every event raised here on to the other processes as well. */
  relayTo(relay: AccessEventRelay | null): void {
    this.relay = relay;
  }

  override emit<K extends AccessEventName>(event: K, ...args: AccessEventMap[K]): boolean {
    this.relay?.(event, args);
    return this.emitFromElsewhere(event, ...args);
  }

  /** Raises an event another process raised (not relayed again). */
  emitFromElsewhere<K extends AccessEventName>(event: K, ...args: AccessEventMap[K]): boolean {
    return (super.emit as (event: K, ...args: AccessEventMap[K]) => boolean)(event, ...args);
  }
}

import { EventEmitter } from 'node:events';

interface AccessEventMap {
  /** These sessions ended (log-out, "log out everywhere", password change, user deleted). */
  'sessions-ended': [sessionIds: string[]];
  /** A board share link was revoked: its guests must be disconnected. */
  'share-link-revoked': [shareLinkId: string];
  /** A user's role in a region changed or they left: re-check their connections. */
  'membership-changed': [change: { regionId: string; userId: string }];
  /** A board was archived or deleted: everyone on it is disconnected. */
  'board-closed': [boardId: string];
}

/**
 * Tells live connections (the canvas and diagram WebSockets) that access was taken away, so they
 * can close within seconds instead of at the next reconnect.
 */
export class AccessEvents extends EventEmitter<AccessEventMap> {
  constructor() {
    super();
    // Every open board connection listens; hundreds are normal, not a leak.
    this.setMaxListeners(0);
  }
}

/**
 * Where several processes serve one database, a board's rooms may live in one of them only. A room
 * registry tells this interface when it opens a board's room (before loading it; a promise makes
 * the load wait, a rejection or throw refuses it and the clients reconnect) and when that room is
 * gone (unloaded, dropped, or its load failed: every `onOpened` is matched by one `onUnloaded`).
 */
export interface RoomOwnership {
  onOpened(boardId: string): void | Promise<void>;
  onUnloaded(boardId: string): void;
}

/** One process: it owns every room it opens. */
export const noRoomOwnership: RoomOwnership = {
  onOpened() {},
  onUnloaded() {},
};

/**
 * Where several processes serve one database, a board's room may live in one of them only. The
 * room registry tells this interface when it opens a board's room (before loading it; a promise
 * makes the load wait, a throw refuses it and the clients reconnect) and when it has unloaded it.
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

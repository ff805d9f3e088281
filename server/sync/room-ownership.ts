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

/**
 * One claim per board for all of its rooms (its canvas or diagram room and its meeting room, each in
 * its own registry): `claims.onOpened` when the board's first room opens (later rooms wait for the
 * same claim), `claims.onUnloaded` when its last room is gone, also after a claim that failed.
 */
export function perBoardOwnership(claims: RoomOwnership): RoomOwnership {
  const boards = new Map<string, { rooms: number; claimed: void | Promise<void> }>();
  return {
    onOpened(boardId) {
      const held = boards.get(boardId);
      if (held) {
        held.rooms += 1;
        return held.claimed;
      }
      const board: { rooms: number; claimed: void | Promise<void> } = { rooms: 1, claimed: undefined };
      boards.set(boardId, board);
      board.claimed = claims.onOpened(boardId);
      return board.claimed;
    },
    onUnloaded(boardId) {
      const held = boards.get(boardId);
      if (!held) return;
      held.rooms -= 1;
      if (held.rooms > 0) return;
      boards.delete(boardId);
      claims.onUnloaded(boardId);
    },
  };
}

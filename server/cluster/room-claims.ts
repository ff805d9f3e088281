/** The three kinds of room a board can have open (one of canvas/diagram, and its meeting channel). */
export type RoomKind = 'canvas' | 'diagram' | 'meeting';

/**
 * What a room registry tells the rest of Planrom about its rooms, so that a board's room is open on
 * one process only (cluster mode) and is read fresh from the database (a libSQL server's replica).
 * A registry calls `opening` when it opens a room and `closed` when it unloads one; nothing else.
 */
export interface RoomClaims {
  /**
   * A room for this board is opening here. Freshens what this process reads (synchronously, so a
   * room that loads right after the call reads current rows), then claims the board for this
   * process. The promise resolves when the room may read the board: the process that held it
   * before has stopped accepting writes and stored them (or is gone). `release` is called when
   * another process takes the board: it must close the room here (storing its state) and its
   * sockets, synchronously, so that their clients reconnect to the new holder.
   */
  opening(kind: RoomKind, boardId: string, release: () => void): Promise<void>;
  /** The room unloaded here. */
  closed(kind: RoomKind, boardId: string): void;
}

/** One process (`npm start`): nothing to claim; only the replica (if any) is freshened. */
export function singleProcessRoomClaims(freshen: () => void = () => {}): RoomClaims {
  return {
    opening() {
      freshen();
      return Promise.resolve();
    },
    closed() {},
  };
}

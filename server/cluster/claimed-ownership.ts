import type { RoomOwnership } from '../sync/room-ownership';
import type { RoomClaims, RoomKind } from './room-claims';

/**
 * A room registry's ownership hooks, answered by the cluster's claims for one kind of room: a room
 * loads once its board is claimed here (and read fresh), and `release` closes the board's room here
 * when another process takes the board, so its clients reconnect to that one.
 */
export function claimedOwnership(claims: RoomClaims, kind: RoomKind, release: (boardId: string) => void): RoomOwnership {
  return {
    onOpened: (boardId) => claims.opening(kind, boardId, () => release(boardId)),
    onUnloaded: (boardId) => claims.closed(kind, boardId),
  };
}

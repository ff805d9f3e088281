import { RoomRegistry } from '../room-registry';
import type { RoomOwnership } from '../room-ownership';
import { MeetingRoom, type MeetingConnection } from './meeting-room';
import type { MeetingStorage } from './meeting-storage';

export interface MeetingRoomsOptions {
  /** How long an empty room is kept (a reload keeps the timer and the presenter). */
  idleMs?: number;
  /** People on one board's meeting channel at once (everyone on the board, and meeting-room screens). */
  maxClients?: number;
  /** Whether the board still exists (nothing is written at unload, so only for the registry's sake). */
  boardExists?: (boardId: string) => boolean;
  ownership?: RoomOwnership;
}

/**
 * Every meeting room of this process, one per board. A room loads synchronously when the first
 * person connects and is dropped a while after the last one left (the timer and presenter go with
 * it; votes and rounds are stored as they happen).
 */
export class MeetingRooms extends RoomRegistry<MeetingRoom, MeetingConnection> {
  constructor(
    readonly storage: MeetingStorage,
    options: MeetingRoomsOptions = {},
  ) {
    super(
      {
        name: 'meeting',
        load: (boardId) => new MeetingRoom(boardId, storage),
        attach: (room, connection) => room.join(connection),
        detach: (room, connection) => room.leave(connection),
        closeClient: (connection, code, reason) => connection.close(code, reason),
        unload: () => {},
      },
      {
        idleMs: options.idleMs ?? 60_000,
        maxClients: options.maxClients ?? Number.POSITIVE_INFINITY,
        boardExists: options.boardExists ?? (() => true),
        ownership: options.ownership,
      },
    );
  }
}

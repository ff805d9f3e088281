import { logger } from '../../lib/logger';
import { RoomRegistry } from '../room-registry';
import type { RoomOwnership } from '../room-ownership';
import { DiagramRoom, type DiagramConnection, type DiagramRoomOptions } from './diagram-room';
import type { DiagramStorage } from './diagram-storage';

export interface DiagramRoomsOptions extends DiagramRoomOptions {
  /** People connected to one board at once. */
  maxClients: number;
  /** How long a room with nobody in it stays loaded (a reload or a return reconnects without a new load). */
  idleMs: number;
  /** How often an open room with changes is compacted, so history fills in during long sessions. */
  compactEveryMs?: number;
  ownership?: RoomOwnership;
}

/**
 * Every diagram room of this process, one per board. A room loads synchronously from the database
 * (so no early message can arrive before it exists), is compacted now and then while open, and is
 * compacted and unloaded once nobody is left; a room whose storage failed is dropped and loaded
 * again by the next client.
 */
export class DiagramRooms extends RoomRegistry<DiagramRoom, DiagramConnection> {
  private readonly compactTimer: NodeJS.Timeout;

  constructor(
    readonly storage: DiagramStorage,
    options: DiagramRoomsOptions,
  ) {
    super(
      {
        name: 'diagram',
        load: (boardId, drop) =>
          new DiagramRoom(boardId, storage, options, (broken) => {
            drop();
            broken.destroy();
          }),
        attach: (room, connection) => room.join(connection),
        detach: (room, connection) => room.leave(connection),
        closeClient: (connection, code, reason) => connection.close(code, reason),
        unload: (room, persist) => {
          // A deleted board has nothing left to write to; an archived one keeps its latest state.
          if (persist && room.dirty && !room.broken) void room.compact('compaction');
          room.destroy();
        },
        isBusy: (room) => room.saving,
      },
      {
        idleMs: options.idleMs,
        maxClients: options.maxClients,
        boardExists: (boardId) => storage.boardExists(boardId),
        ownership: options.ownership,
      },
    );
    this.compactTimer = setInterval(() => this.compactDirty(), options.compactEveryMs ?? 5 * 60 * 1000);
    this.compactTimer.unref();
  }

  override closeAll(): void {
    clearInterval(this.compactTimer);
    super.closeAll();
  }

  private compactDirty(): void {
    for (const room of this.loadedRooms()) {
      try {
        if (room.dirty && !room.broken) void room.compact('compaction');
      } catch (error) {
        logger.error(`Diagram ${room.boardId}: periodic compaction failed`, error);
      }
    }
  }
}

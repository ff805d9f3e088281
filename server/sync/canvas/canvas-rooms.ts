import type { Database } from '../../db/client';
import type { SyncDatabase } from '../../db/sync-database';
import { RoomRegistry } from '../room-registry';
import type { RoomOwnership } from '../room-ownership';
import { CanvasChangeLog } from './canvas-change-log';
import type { CanvasConnection } from './canvas-connection';
import { CanvasRoom, type CanvasRoomSettings } from './canvas-room';
import { initialCanvasSnapshot } from './canvas-state';
import { loadCanvasState } from './load-canvas-state';

export interface CanvasRoomsOptions extends CanvasRoomSettings {
  /** People connected to one board at once. */
  maxClients: number;
  /** How long a room stays loaded after its last client left. */
  idleMs: number;
  ownership?: RoomOwnership;
}

/**
 * Every canvas room of this process, one per board. A room loads asynchronously (everyone who
 * arrives meanwhile waits for the same load; their messages are buffered by their connection).
 */
export class CanvasRooms extends RoomRegistry<CanvasRoom, CanvasConnection> {
  constructor(services: { db: Database; syncDb: SyncDatabase }, settings: CanvasRoomsOptions) {
    const log = new CanvasChangeLog(services.syncDb);
    const boardExists = services.syncDb.prepare('SELECT 1 AS found FROM boards WHERE id = ?');
    super(
      {
        name: 'canvas',
        load: async (boardId) => {
          const loaded = (await loadCanvasState(services.db, boardId)) ?? {
            snapshot: initialCanvasSnapshot(),
            stored: false,
            changesSinceSnapshot: 0,
            authorsSinceVersion: [],
            lastVersionAt: null,
          };
          return new CanvasRoom({ ...settings, boardId, loaded, log });
        },
        attach: (room, connection) => {
          if (!connection.closed) room.attach(connection);
        },
        detach: (room, connection) => room.detach(connection),
        closeClient: (connection, code, reason) => connection.closeWith(code, reason),
        unload: (room, persist) => room.close({ persist }),
      },
      {
        idleMs: settings.idleMs,
        maxClients: settings.maxClients,
        boardExists: (boardId) => boardExists.get(boardId) !== undefined,
        ownership: settings.ownership,
      },
    );
  }
}

import { closeCodes, type CloseCode } from '../../../shared/sync/close-codes';
import type { AccessEvents } from '../../auth/access-events';
import { singleProcessRoomClaims, type RoomClaims } from '../../cluster/room-claims';
import type { Database } from '../../db/client';
import type { SyncDatabase } from '../../db/sync-database';
import { logger } from '../../lib/logger';
import { CanvasChangeLog } from './canvas-change-log';
import type { CanvasConnection } from './canvas-connection';
import { CanvasRoom, type CanvasRoomSettings } from './canvas-room';
import { initialCanvasSnapshot } from './canvas-state';
import { loadCanvasState } from './load-canvas-state';

export interface CanvasRoomRegistryOptions extends CanvasRoomSettings {
  /** People connected to one board at once. */
  maxClients: number;
  /** How long a room stays loaded after its last client left. */
  idleMs: number;
}

interface RoomEntry {
  boardId: string;
  loading: Promise<CanvasRoom>;
  room: CanvasRoom | null;
  connections: Set<CanvasConnection>;
  /** Server-side work (restore, import, export) holding the room open. */
  users: number;
  idleTimer: NodeJS.Timeout | null;
}

/**
 * Exactly one room per canvas board in this process. A room loads on first use (everyone who
 * arrives meanwhile waits for the same load; their messages are buffered by their connection),
 * and unloads after its last client left and a grace period.
 */
export class CanvasRoomRegistry {
  private readonly entries = new Map<string, RoomEntry>();
  private readonly log: CanvasChangeLog;
  private readonly boardExists;
  private readonly onBoardClosed = (boardId: string) => this.closeBoard(boardId);
  private readonly roomClaims: RoomClaims;
  private shuttingDown = false;
  /** How many times a room was loaded from the database (for tests and diagnostics). */
  loads = 0;

  constructor(
    private readonly services: { db: Database; syncDb: SyncDatabase; accessEvents: AccessEvents; roomClaims?: RoomClaims },
    readonly options: CanvasRoomRegistryOptions,
  ) {
    this.roomClaims = services.roomClaims ?? singleProcessRoomClaims();
    this.log = new CanvasChangeLog(services.syncDb);
    this.boardExists = services.syncDb.prepare('SELECT 1 AS found FROM boards WHERE id = ?');
    services.accessEvents.on('board-closed', this.onBoardClosed);
  }

  /**
   * Adds a client to its board's room (loading the room if needed), or tells it the board is
   * full and closes it.
   */
  join(boardId: string, connection: CanvasConnection): void {
    const entry = this.entryFor(boardId);
    if (entry.connections.size >= this.options.maxClients) {
      connection.closeWith(closeCodes.boardFull, 'board full');
      this.maybeIdle(entry);
      return;
    }
    entry.connections.add(connection);
    this.cancelIdle(entry);
    entry.loading.then(
      (room) => {
        if (entry.connections.has(connection) && !connection.closed) room.attach(connection);
      },
      () => connection.closeWith(closeCodes.serverRestart, 'could not load the board'),
    );
  }

  /** A client's socket closed. */
  leave(boardId: string, connection: CanvasConnection): void {
    connection.markClosed();
    const entry = this.entries.get(boardId);
    if (!entry || !entry.connections.delete(connection)) return;
    entry.room?.detach(connection);
    this.maybeIdle(entry);
  }

  /** Runs server-side work on a board's room (loading it for the time being if nobody is on it). */
  async withRoom<T>(boardId: string, work: (room: CanvasRoom) => T | Promise<T>): Promise<T> {
    const entry = this.entryFor(boardId);
    entry.users += 1;
    this.cancelIdle(entry);
    try {
      return await work(await entry.loading);
    } finally {
      entry.users -= 1;
      this.maybeIdle(entry);
    }
  }

  /** The board's room if it is loaded now. */
  loadedRoom(boardId: string): CanvasRoom | null {
    return this.entries.get(boardId)?.room ?? null;
  }

  /** How many people are connected to a board now. */
  connectionCount(boardId: string): number {
    return this.entries.get(boardId)?.connections.size ?? 0;
  }

  /** Closes every room, writing their last state (server shutdown). */
  closeAll(): void {
    this.shuttingDown = true;
    this.services.accessEvents.off('board-closed', this.onBoardClosed);
    for (const entry of [...this.entries.values()]) this.unload(entry);
  }

  /**
   * A board was archived or deleted: disconnect everyone and unload its room now. (Also when
   * another process took the board: then its clients are told to reconnect.)
   */
  private closeBoard(boardId: string, code: CloseCode = closeCodes.boardGone, reason = 'board closed'): void {
    const entry = this.entries.get(boardId);
    if (!entry) return;
    for (const connection of entry.connections) connection.closeWith(code, reason);
    entry.connections.clear();
    if (entry.room) this.unload(entry);
  }

  private entryFor(boardId: string): RoomEntry {
    const existing = this.entries.get(boardId);
    if (existing) return existing;
    const entry: RoomEntry = { boardId, loading: Promise.resolve(null as never), room: null, connections: new Set(), users: 0, idleTimer: null };
    entry.loading = this.load(boardId).then(
      (room) => {
        entry.room = room;
        if (this.shuttingDown) room.close({ persist: false });
        this.maybeIdle(entry);
        return room;
      },
      (error: unknown) => {
        logger.error(`Could not load canvas board ${boardId}`, error);
        if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
        throw error;
      },
    );
    // Callers attach their own handlers; this one only keeps a failed load from being unhandled.
    entry.loading.catch(() => {});
    this.entries.set(boardId, entry);
    return entry;
  }

  private async load(boardId: string): Promise<CanvasRoom> {
    this.loads += 1;
    await this.roomClaims.opening('canvas', boardId, () => this.closeBoard(boardId, closeCodes.serverRestart, 'board moved'));
    const loaded = (await loadCanvasState(this.services.db, boardId)) ?? {
      snapshot: initialCanvasSnapshot(),
      stored: false,
      changesSinceSnapshot: 0,
      authorsSinceVersion: [],
      lastVersionAt: null,
    };
    return new CanvasRoom({ ...this.options, boardId, loaded, log: this.log });
  }

  private maybeIdle(entry: RoomEntry): void {
    if (!entry.room || entry.room.isClosed || entry.connections.size > 0 || entry.users > 0 || entry.idleTimer) return;
    entry.idleTimer = setTimeout(() => {
      entry.idleTimer = null;
      if (entry.connections.size === 0 && entry.users === 0) this.unload(entry);
    }, this.options.idleMs);
    entry.idleTimer.unref();
  }

  private cancelIdle(entry: RoomEntry): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
  }

  private unload(entry: RoomEntry): void {
    this.cancelIdle(entry);
    if (this.entries.get(entry.boardId) === entry) this.entries.delete(entry.boardId);
    this.roomClaims.closed('canvas', entry.boardId);
    entry.room?.close({ persist: this.boardExists.get(entry.boardId) !== undefined });
  }
}

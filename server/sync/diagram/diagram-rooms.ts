import { closeCodes } from '../../../shared/sync/close-codes';
import { logger } from '../../lib/logger';
import { DiagramRoom, type DiagramRoomOptions } from './diagram-room';
import type { DiagramStorage } from './diagram-storage';

export interface DiagramRoomsOptions extends DiagramRoomOptions {
  /** How long a room with nobody in it stays loaded (a reload reconnects without a new load). */
  idleMs?: number;
  /** How often an open room with changes is compacted, so history fills in during long sessions. */
  compactEveryMs?: number;
}

/**
 * Every open diagram room of this process: exactly one per board. A room loads synchronously from
 * the database the first time someone needs it (so concurrent connects cannot load it twice and no
 * early message can arrive before it exists), and is compacted and unloaded once nobody is left.
 */
export class DiagramRooms {
  private readonly rooms = new Map<string, DiagramRoom>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactTimer: NodeJS.Timeout;
  private readonly idleMs: number;

  constructor(
    readonly storage: DiagramStorage,
    private readonly options: DiagramRoomsOptions = {},
  ) {
    this.idleMs = options.idleMs ?? 5_000;
    this.compactTimer = setInterval(() => this.compactDirty(), options.compactEveryMs ?? 5 * 60 * 1000);
    this.compactTimer.unref();
  }

  /** The board's room, loaded when not open yet. */
  open(boardId: string): DiagramRoom {
    this.cancelIdle(boardId);
    let room = this.rooms.get(boardId);
    if (!room) {
      room = new DiagramRoom(boardId, this.storage, this.options, (broken) => this.drop(broken));
      this.rooms.set(boardId, room);
    }
    return room;
  }

  /** The board's room when it is open, without loading it. */
  peek(boardId: string): DiagramRoom | undefined {
    return this.rooms.get(boardId);
  }

  /** Runs `action` on the board's room (loading it if needed) and lets it unload again when idle. */
  with<T>(boardId: string, action: (room: DiagramRoom) => T): T {
    const room = this.open(boardId);
    try {
      return action(room);
    } finally {
      this.released(boardId);
    }
  }

  /** Call when a client left: an empty room is compacted and unloaded after a short while. */
  released(boardId: string): void {
    const room = this.rooms.get(boardId);
    if (room?.destroyed) return;
    if (!room || room.connections.size > 0) return;
    this.cancelIdle(boardId);
    const timer = setTimeout(() => this.unload(boardId), this.idleMs);
    timer.unref();
    this.idleTimers.set(boardId, timer);
  }

  /** The board was archived or deleted: close its clients and forget the room. */
  closeBoard(boardId: string): void {
    const room = this.rooms.get(boardId);
    if (!room) return;
    room.closeAll(closeCodes.boardGone, 'board closed');
    this.rooms.delete(boardId);
    this.cancelIdle(boardId);
    // Archived boards keep their latest state; a deleted board has nothing left to write to.
    if (room.dirty && !room.broken && this.storage.boardExists(boardId)) void room.compact('compaction');
    room.destroy();
  }

  /** Compacts and unloads every room (server shutdown). */
  closeAll(): void {
    clearInterval(this.compactTimer);
    for (const boardId of [...this.rooms.keys()]) {
      const room = this.rooms.get(boardId);
      if (!room) continue;
      room.closeAll(closeCodes.serverRestart, 'server restart');
      this.rooms.delete(boardId);
      this.cancelIdle(boardId);
      if (room.dirty && !room.broken) void room.compact('compaction');
      room.destroy();
    }
  }

  /** How many rooms are loaded (for tests and health). */
  get size(): number {
    return this.rooms.size;
  }

  private unload(boardId: string): void {
    this.cancelIdle(boardId);
    const room = this.rooms.get(boardId);
    if (!room || room.connections.size > 0) return;
    // Updates still waiting for the database are kept until stored (or the room gives up).
    if (room.saving) return this.released(boardId);
    this.rooms.delete(boardId);
    if (room.dirty && !room.broken) void room.compact('compaction');
    room.destroy();
  }

  private drop(room: DiagramRoom): void {
    if (this.rooms.get(room.boardId) === room) this.rooms.delete(room.boardId);
    this.cancelIdle(room.boardId);
    room.destroy();
  }

  private cancelIdle(boardId: string): void {
    const timer = this.idleTimers.get(boardId);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(boardId);
  }

  private compactDirty(): void {
    for (const room of this.rooms.values()) {
      try {
        if (room.dirty) void room.compact('compaction');
      } catch (error) {
        logger.error(`Diagram ${room.boardId}: periodic compaction failed`, error);
      }
    }
  }
}

import { closeCodes, type CloseCode } from '../../../shared/sync/close-codes';
import { singleProcessRoomClaims, type RoomClaims } from '../../cluster/room-claims';
import { MeetingRoom } from './meeting-room';
import type { MeetingStorage } from './meeting-storage';

const noClaims = singleProcessRoomClaims();

/**
 * Every open meeting room of this process, one per board. A room loads synchronously when the first
 * person connects and is dropped a while after the last one left (the timer and presenter go with
 * it; votes and rounds are stored).
 */
export class MeetingRooms {
  private readonly rooms = new Map<string, MeetingRoom>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();

  constructor(
    readonly storage: MeetingStorage,
    private readonly options: { idleMs?: number; roomClaims?: RoomClaims } = {},
  ) {}

  private get roomClaims(): RoomClaims {
    return this.options.roomClaims ?? noClaims;
  }

  open(boardId: string): MeetingRoom {
    clearTimeout(this.idleTimers.get(boardId));
    this.idleTimers.delete(boardId);
    let room = this.rooms.get(boardId);
    if (!room) {
      void this.roomClaims.opening('meeting', boardId, () => this.closeBoard(boardId, closeCodes.serverRestart, 'board moved'));
      room = new MeetingRoom(boardId, this.storage);
      this.rooms.set(boardId, room);
    }
    return room;
  }

  /** Call when someone left: an empty room is forgotten after a short while (a reload keeps the timer). */
  released(boardId: string): void {
    const room = this.rooms.get(boardId);
    if (!room || room.connections.size > 0) return;
    clearTimeout(this.idleTimers.get(boardId));
    const timer = setTimeout(() => {
      this.idleTimers.delete(boardId);
      if (this.rooms.get(boardId)?.connections.size !== 0) return;
      this.rooms.delete(boardId);
      this.roomClaims.closed('meeting', boardId);
    }, this.options.idleMs ?? 60_000);
    timer.unref();
    this.idleTimers.set(boardId, timer);
  }

  /** The board was archived or deleted (or moved to another process). */
  closeBoard(boardId: string, code: CloseCode = closeCodes.boardGone, reason = 'board closed'): void {
    this.rooms.get(boardId)?.closeAll(code, reason);
    if (this.rooms.delete(boardId)) this.roomClaims.closed('meeting', boardId);
  }

  closeAll(): void {
    for (const room of this.rooms.values()) room.closeAll(closeCodes.serverRestart, 'server restart');
    for (const timer of this.idleTimers.values()) clearTimeout(timer);
    this.rooms.clear();
    this.idleTimers.clear();
  }
}

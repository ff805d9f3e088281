import { closeCodes, type CloseCode } from '../../shared/sync/close-codes';
import { logger } from '../lib/logger';
import { noRoomOwnership, type RoomOwnership } from './room-ownership';

/** What the registry needs to know about one kind of room (canvas, diagram, meeting). */
export interface RoomKind<Room, Client> {
  /** For log lines. */
  name: string;
  /**
   * Loads a board's room from the database. A synchronous load lets clients join at once (no
   * message can arrive before the room exists). `drop` forgets this room after it failed, so the
   * next client loads it again.
   */
  load(boardId: string, drop: () => void): Room | Promise<Room>;
  attach(room: Room, client: Client): void;
  detach(room: Room, client: Client): void;
  closeClient(client: Client, code: CloseCode, reason: string): void;
  /** Writes what must outlive the room and frees it; `persist` is false once its board is deleted. */
  unload(room: Room, persist: boolean): void;
  /** A room with writes still waiting for the database stays loaded past its idle time. */
  isBusy?(room: Room): boolean;
}

export interface RoomRegistryOptions {
  /** How long a room stays loaded after its last client left (a reload reconnects without a load). */
  idleMs: number;
  /** Clients on one board at once; more are closed with `boardFull`. */
  maxClients: number;
  /** Whether the board still exists (a deleted board's room writes nothing more). */
  boardExists(boardId: string): boolean;
  /** Several processes: who holds which board's room. One process: nobody needs to know. */
  ownership?: RoomOwnership;
}

interface Entry<Room, Client> {
  boardId: string;
  loading: Promise<Room>;
  room: Room | null;
  clients: Set<Client>;
  /** Server-side work (import, restore, export) holding the room open. */
  users: number;
  idleTimer: NodeJS.Timeout | null;
  /** Set once ownership heard that this room is gone (it must hear it once). */
  released: boolean;
}

/**
 * Exactly one room per board in this process, for every kind of room. A room loads on first use
 * (everyone arriving meanwhile shares that load), and unloads after its last client left and a
 * grace period, when its board is closed (archived or deleted), or at shutdown.
 */
export class RoomRegistry<Room, Client> {
  private readonly entries = new Map<string, Entry<Room, Client>>();
  private readonly ownership: RoomOwnership;
  private closed = false;
  /** How many times a room was loaded from the database (for tests and diagnostics). */
  loads = 0;

  constructor(
    private readonly kind: RoomKind<Room, Client>,
    readonly options: RoomRegistryOptions,
  ) {
    this.ownership = options.ownership ?? noRoomOwnership;
  }

  /**
   * Adds a client to its board's room: at once when the room is loaded, else when it is. Returns
   * null (and closes the client) when the board is full or the registry is shut down; else whether
   * the client was attached (false when it left, or the board closed, before the room loaded; a
   * room that could not load closes the client).
   */
  join(boardId: string, client: Client): Promise<boolean> | null {
    if (this.closed) {
      this.kind.closeClient(client, closeCodes.serverRestart, 'server restart');
      return null;
    }
    const entry = this.entryFor(boardId);
    // A room that failed while it loaded is gone already: the client reconnects to a fresh load.
    if (this.entries.get(boardId) !== entry) {
      this.kind.closeClient(client, closeCodes.serverRestart, 'could not load the board');
      return null;
    }
    if (entry.clients.size >= this.options.maxClients) {
      this.kind.closeClient(client, closeCodes.boardFull, 'board full');
      this.maybeIdle(entry);
      return null;
    }
    entry.clients.add(client);
    this.cancelIdle(entry);
    if (entry.room) {
      this.kind.attach(entry.room, client);
      return Promise.resolve(true);
    }
    return entry.loading.then(
      (room) => {
        if (!entry.clients.has(client) || this.entries.get(boardId) !== entry) return false;
        this.kind.attach(room, client);
        return true;
      },
      () => {
        this.kind.closeClient(client, closeCodes.serverRestart, 'could not load the board');
        return false;
      },
    );
  }

  /** A client's socket closed. */
  leave(boardId: string, client: Client): void {
    const entry = this.entries.get(boardId);
    if (!entry || !entry.clients.delete(client)) return;
    if (entry.room) this.kind.detach(entry.room, client);
    this.maybeIdle(entry);
  }

  /** The room a client joined, while that room is loaded and current (not dropped or unloaded). */
  roomOf(boardId: string, client: Client): Room | null {
    const entry = this.entries.get(boardId);
    return entry?.clients.has(client) ? entry.room : null;
  }

  /** Runs server-side work on a board's room (loading it for the time being if nobody is on it). */
  async withRoom<T>(boardId: string, work: (room: Room) => T | Promise<T>): Promise<T> {
    if (this.closed) throw new Error('the rooms are closed');
    const entry = this.entryFor(boardId);
    entry.users += 1;
    this.cancelIdle(entry);
    try {
      return await work(entry.room ?? (await entry.loading));
    } finally {
      entry.users -= 1;
      this.maybeIdle(entry);
    }
  }

  /** The board's room if it is loaded now (without loading it). */
  loadedRoom(boardId: string): Room | null {
    return this.entries.get(boardId)?.room ?? null;
  }

  /** Every room loaded now. */
  loadedRooms(): Room[] {
    return [...this.entries.values()].flatMap((entry) => (entry.room ? [entry.room] : []));
  }

  /** How many clients are connected to a board now. */
  clientCount(boardId: string): number {
    return this.entries.get(boardId)?.clients.size ?? 0;
  }

  /** How many rooms are loaded or loading (for tests and health). */
  get size(): number {
    return this.entries.size;
  }

  /**
   * The board was archived or deleted: disconnect everyone and unload its room now. (Also, with
   * `serverRestart`, when another process took the board: its clients reconnect to that one.)
   */
  closeBoard(boardId: string, code: CloseCode = closeCodes.boardGone, reason = 'board closed'): void {
    const entry = this.entries.get(boardId);
    if (!entry) return;
    this.forget(entry, code, reason);
  }

  /** Unloads every room, writing their last state, and disconnects everyone (server shutdown). */
  closeAll(): void {
    this.closed = true;
    for (const entry of [...this.entries.values()]) this.forget(entry, closeCodes.serverRestart, 'server restart');
  }

  private entryFor(boardId: string): Entry<Room, Client> {
    const existing = this.entries.get(boardId);
    if (existing) return existing;
    const entry: Entry<Room, Client> = {
      boardId,
      loading: Promise.resolve(null as never),
      room: null,
      clients: new Set(),
      users: 0,
      idleTimer: null,
      released: false,
    };
    this.entries.set(boardId, entry);
    const drop = () => this.drop(entry);
    const loaded = (room: Room) => {
      entry.room = room;
      // Closed (board gone, shutdown) while it loaded: nobody may use it any more.
      if (this.entries.get(boardId) !== entry) this.unloadRoom(entry, room, !this.closed);
      else this.maybeIdle(entry);
      return room;
    };
    const failed = (error: unknown): never => {
      logger.error(`Could not load ${this.kind.name} board ${boardId}`, error);
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
      this.release(entry);
      throw error;
    };
    this.loads += 1;
    try {
      const claimed = this.ownership.onOpened(boardId);
      const room = claimed ? claimed.then(() => this.kind.load(boardId, drop)) : this.kind.load(boardId, drop);
      if (room instanceof Promise) entry.loading = room.then(loaded, failed);
      else entry.loading = Promise.resolve(loaded(room));
    } catch (error) {
      entry.loading = Promise.reject(error).catch(failed);
    }
    // Callers attach their own handlers; this one only keeps a failed load from being unhandled.
    entry.loading.catch(() => {});
    return entry;
  }

  private maybeIdle(entry: Entry<Room, Client>): void {
    if (!entry.room || entry.clients.size > 0 || entry.users > 0 || entry.idleTimer) return;
    if (this.entries.get(entry.boardId) !== entry) return;
    entry.idleTimer = setTimeout(() => {
      entry.idleTimer = null;
      if (entry.clients.size > 0 || entry.users > 0 || this.entries.get(entry.boardId) !== entry) return;
      // Writes waiting for the database are kept until stored (or the room gives up).
      if (entry.room && this.kind.isBusy?.(entry.room)) return this.maybeIdle(entry);
      this.forget(entry, closeCodes.serverRestart, 'room unloaded');
    }, this.options.idleMs);
    entry.idleTimer.unref();
  }

  private cancelIdle(entry: Entry<Room, Client>): void {
    if (entry.idleTimer) clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
  }

  /**
   * Removes a board's entry: its clients are told why they are cut off (acknowledged changes are
   * stored already), then its room writes what it must keep and closes.
   */
  private forget(entry: Entry<Room, Client>, code: CloseCode, reason: string): void {
    this.cancelIdle(entry);
    if (this.entries.get(entry.boardId) === entry) this.entries.delete(entry.boardId);
    const clients = [...entry.clients];
    entry.clients.clear();
    for (const client of clients) this.kind.closeClient(client, code, reason);
    if (entry.room) this.unloadRoom(entry, entry.room, true);
  }

  private unloadRoom(entry: Entry<Room, Client>, room: Room, persist: boolean): void {
    try {
      this.kind.unload(room, persist && this.options.boardExists(entry.boardId));
    } catch (error) {
      logger.error(`Could not unload ${this.kind.name} board ${entry.boardId}`, error);
    } finally {
      this.release(entry);
    }
  }

  private release(entry: Entry<Room, Client>): void {
    if (entry.released) return;
    entry.released = true;
    this.ownership.onUnloaded(entry.boardId);
  }

  /** The room failed (it closed its clients itself): forget it so the next client loads it again. */
  private drop(entry: Entry<Room, Client>): void {
    this.cancelIdle(entry);
    if (this.entries.get(entry.boardId) !== entry) return;
    this.entries.delete(entry.boardId);
    entry.clients.clear();
    this.release(entry);
  }
}

import { TLSocketRoom, type RoomSnapshot } from '@tldraw/sync-core';
import type { UnknownRecord } from '@tldraw/store';
import type { CanvasClientMessage, CanvasServerNotice } from '../../../shared/sync/canvas-messages';
import { closeCodes } from '../../../shared/sync/close-codes';
import { logger } from '../../lib/logger';
import type { SnapshotQueue } from '../../workers/snapshot-queue';
import type { CanvasActor } from './canvas-actor';
import type { CanvasChangeLog, WriteSnapshotInput } from './canvas-change-log';
import type { CanvasConnection, CanvasMessageSink } from './canvas-connection';
import { assertOwnAssets, assetProblemOf } from './canvas-asset-src';
import { applyObjectDiff } from './apply-object-diff';
import { stampIdentity } from './canvas-identity';
import { CanvasStorage } from './canvas-storage';
import { StorageRetry } from '../storage-retry';
import { BoardChangeMark } from '../board-change-mark';
import type { LoadedCanvasState } from './load-canvas-state';

export { canvasSchema } from './canvas-schema';
import { canvasSchema } from './canvas-schema';

export interface CanvasRoomSettings {
  maxShapes: number;
  /** A checkpoint is written this long after the first change that no version holds yet. */
  checkpointIntervalMs: number;
  /** After this many logged changes a compaction snapshot is written. */
  compactEvery: number;
  /**
   * How long the room keeps retrying a change the database could not take (busy or unavailable)
   * before it gives up and closes the waiting clients' sockets (they send the change again).
   */
  storageRetryMs?: number;
  /** Builds snapshots and compacts in worker threads; without it (or a local database file) the room does it itself. */
  snapshotQueue?: SnapshotQueue;
}

/** A client message the room has not handled yet. */
interface WaitingMessage {
  connection: CanvasConnection;
  message: CanvasClientMessage;
  raw: string;
}

/** Messages waiting, in order, while the database cannot take a change. */
interface HeldMessages {
  queue: WaitingMessage[];
}

export interface CanvasRoomOptions extends CanvasRoomSettings {
  boardId: string;
  loaded: LoadedCanvasState;
  log: CanvasChangeLog;
}

type VersionKind = Exclude<WriteSnapshotInput['kind'], 'base'>;

/**
 * The one live room of a canvas board: tldraw's TLSocketRoom over the board's durable storage,
 * plus Planrom's rules around it (limits, who is speaking, versions, compaction).
 */
export class CanvasRoom implements CanvasMessageSink {
  readonly boardId: string;
  readonly storage: CanvasStorage;
  readonly socketRoom: TLSocketRoom<UnknownRecord, { actor: CanvasActor }>;
  private readonly owners = new Map<string, CanvasConnection>();
  private readonly authorsSinceVersion: Set<string>;
  private changesSinceSnapshot: number;
  private dirtySinceVersion: boolean;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private compactScheduled = false;
  private readonly changeMark: BoardChangeMark;
  private closed = false;
  /** Set while the database cannot take a change: messages wait here, in order, for the retry. */
  private held: HeldMessages | null = null;
  /** The back-off while the database refuses; reset once everything went through. */
  private readonly retry: StorageRetry;
  /** Failed writes the room is retrying (so the failed message is not also treated as an error). */
  private readonly retriedFailures = new WeakSet<object>();
  /** Pushes the server rewrote (identity), by session: their sender gets the stored diff back instead of a plain "commit". */
  private readonly corrections = new Map<string, { clientClock: number; diff: unknown }>();

  constructor(private readonly options: CanvasRoomOptions) {
    this.boardId = options.boardId;
    this.retry = new StorageRetry(options.storageRetryMs ?? 10_000);
    this.changeMark = new BoardChangeMark(options.boardId, options.log.writeBoardChange);
    this.authorsSinceVersion = new Set(options.loaded.authorsSinceVersion);
    this.changesSinceSnapshot = options.loaded.changesSinceSnapshot;
    this.dirtySinceVersion = options.loaded.changesSinceSnapshot > 0 || options.loaded.authorsSinceVersion.length > 0;
    this.storage = new CanvasStorage({
      boardId: options.boardId,
      snapshot: options.loaded.snapshot,
      log: options.log,
      onStored: (_clock, actor) => this.noteChange(actor),
    });
    this.socketRoom = new TLSocketRoom<UnknownRecord, { actor: CanvasActor }>({
      storage: this.storage,
      schema: canvasSchema as never,
      log: { warn: () => {}, error: (...args: unknown[]) => logger.error(`Canvas room ${options.boardId}:`, ...args) },
    });
    this.catchFailedMessages();
    this.correctRewrittenPushes();
    // A new board: nothing is stored to build a snapshot from yet, so its first one is written here.
    if (!options.loaded.stored) this.storeSnapshot({ kind: 'base', by: null, name: null }, this.storage.getSnapshot());
    if (this.dirtySinceVersion) this.scheduleCheckpoint();
  }

  /** Connections attached to this room now. */
  get connectionCount(): number {
    return this.owners.size;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Adds a client: tldraw starts its session, then the messages it sent while loading follow. */
  attach(connection: CanvasConnection): void {
    const previous = this.owners.get(connection.sessionId);
    this.owners.set(connection.sessionId, connection);
    // The same tab reconnecting: its old socket must not end the new session when it closes.
    if (previous && previous !== connection) previous.closeWith(1000, 'replaced by a newer connection');
    this.socketRoom.handleSocketConnect({
      sessionId: connection.sessionId,
      socket: connection.roomSocket,
      isReadonly: connection.access === 'read',
      meta: { actor: connection.actor },
    });
    connection.attach(this);
  }

  /** A client's socket closed. */
  detach(connection: CanvasConnection): void {
    if (this.owners.get(connection.sessionId) !== connection) return;
    this.owners.delete(connection.sessionId);
    this.socketRoom.handleSocketClose(connection.sessionId);
  }

  /** A complete, valid message from a client, checked against Planrom's limits first. */
  handle(connection: CanvasConnection, message: CanvasClientMessage, raw: string): void {
    if (this.closed || this.owners.get(connection.sessionId) !== connection) return;
    // While a change waits for the database, later ones wait behind it (pings need no storage).
    if (this.held && message.type !== 'ping') {
      this.held.queue.push({ connection, message, raw });
      return;
    }
    this.process({ connection, message, raw });
  }

  private process({ connection, message, raw }: WaitingMessage): void {
    let forward = message;
    if (message.type === 'push') {
      // The server's idea of who is speaking goes into presence, user records and note signatures.
      const stamped = stampIdentity(message, connection.actor, (id) => this.storage.record(id));
      const writes = connection.access === 'write';
      const refusal = stamped.diff && writes ? this.refusalOf(stamped.diff) : null;
      if (refusal || stamped.rewrote || stamped.presenceRewritten) {
        // An empty diff (not a missing one) makes tldraw answer "discard", so the client undoes it.
        forward = { ...message, diff: refusal ? {} : stamped.diff, presence: stamped.presence };
      }
      if (refusal) connection.notify({ type: 'planrom/refused', reason: refusal });
      else if (stamped.rewrote && writes) {
        // The sender gets what was stored (not a plain "commit"), so its own view is corrected too.
        this.corrections.set(connection.sessionId, { clientClock: message.clientClock, diff: stamped.diff });
        connection.notify({ type: 'planrom/refused', reason: 'identity' });
      }
    }
    this.storage.actor = connection.actor;
    this.storage.takeWriteFailure();
    try {
      this.socketRoom.handleSocketMessage(connection.sessionId, forward === message ? raw : JSON.stringify(forward));
    } finally {
      this.storage.actor = null;
    }
    this.corrections.delete(connection.sessionId);
    // tldraw's transaction is synchronous: a failed write is known here, before anything was sent.
    const failure = this.storage.takeWriteFailure();
    if (failure) return this.hold({ connection, message, raw }, failure);
    if (message.type === 'connect' && !connection.closed) {
      connection.notify({ type: 'planrom/welcome', access: connection.access });
    }
  }

  /**
   * The database could not take a change (busy, locked by another process, briefly unavailable):
   * nothing was stored or acknowledged, and tldraw rolled its memory back. The message is tried
   * again with back-off, and everything arriving meanwhile waits behind it, so order is kept.
   */
  private hold(failed: WaitingMessage, failure: { error: unknown }): void {
    if (failure.error && typeof failure.error === 'object') this.retriedFailures.add(failure.error);
    if (!this.held) this.held = { queue: [] };
    this.held.queue.unshift(failed);
    const held = this.held;
    if (this.retry.isFirstFailure) logger.error(`Canvas board ${this.boardId}: the database did not take a change; retrying`, failure.error);
    if (!this.retry.schedule(() => this.retryHeld(held))) this.giveUp(failure.error);
  }

  private retryHeld(held: HeldMessages): void {
    if (this.closed || this.held !== held) return;
    this.held = null;
    while (held.queue.length > 0) {
      const next = held.queue.shift()!;
      if (next.connection.closed || this.owners.get(next.connection.sessionId) !== next.connection) continue;
      this.process(next);
      // Failed again: the rest keep waiting behind it (process() may have set `held` anew).
      const again = this.held as HeldMessages | null;
      if (again) return void again.queue.push(...held.queue);
    }
    this.retry.reset();
  }

  /**
   * The database stayed unavailable too long: the clients with waiting changes are disconnected
   * with the retryable code. Nothing of theirs was acknowledged, so they send it all again when
   * they reconnect.
   */
  private giveUp(error: unknown): void {
    const held = this.held;
    if (!held) return;
    this.retry.reset();
    this.held = null;
    logger.error(`Canvas board ${this.boardId}: the database stayed unavailable; clients will send their changes again`, error);
    for (const connection of new Set(held.queue.map((waiting) => waiting.connection))) {
      connection.closeWith(closeCodes.serverRestart, 'could not store the change; reconnect and send it again');
    }
  }

  /** Tells every connected client something. */
  broadcast(notice: CanvasServerNotice): void {
    for (const connection of this.owners.values()) connection.notify(notice);
  }

  /**
   * Writes a version of the current state (checkpoint, named version, or the state kept before a
   * restore or import) and compacts the change log up to it.
   * @returns the version's id and time, once it is stored
   */
  writeVersion(kind: VersionKind, by: CanvasActor | null, name: string | null = null): Promise<{ id: string; createdAt: Date }> {
    return this.writeSnapshot({ kind, by, name });
  }

  /**
   * Replaces the board's content through the room, so every connected client receives it, and
   * keeps the state before in history so this can be undone.
   * @param snapshot the state to put in place (any tldraw schema version; it is migrated)
   * @param what a restore of a version, or an import of a file
   * @param label the version's name or the file's name, for the history list
   * @param keepBefore keep the state before as a version (not needed for a board made by the import)
   */
  replaceContent(
    snapshot: RoomSnapshot,
    by: CanvasActor,
    what: 'restore' | 'import',
    label: string | null,
    { keepBefore = true }: { keepBefore?: boolean } = {},
  ): Promise<{ before: { id: string; createdAt: Date } | null; after: { id: string; createdAt: Date } }> {
    // Every way content comes in (import, restore) takes only the board's own images.
    assertOwnAssets(this.boardId, snapshot);
    // Taken at the clock before the replacement, whenever the worker gets to it.
    const before = keepBefore ? this.writeVersion(what === 'restore' ? 'before-restore' : 'before-import', by, label) : Promise.resolve(null);
    this.storage.actor = by;
    try {
      this.socketRoom.loadSnapshot(snapshot);
    } finally {
      this.storage.actor = null;
    }
    const after = this.writeVersion(what === 'restore' ? 'restored' : 'imported', by, label);
    this.broadcast({ type: 'planrom/replaced', by: by.name, what });
    return Promise.all([before, after]).then(([kept, replaced]) => ({ before: kept, after: replaced }));
  }

  /** The current state (document records only). */
  snapshot(): RoomSnapshot {
    return this.storage.getSnapshot();
  }

  /**
   * Closes the room. With `persist`, the state is first written as a checkpoint (if anything
   * changed since the last version) or a compaction base; without it (the board was deleted)
   * nothing more is written.
   */
  close({ persist }: { persist: boolean }): void {
    if (this.closed) return;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    this.retry.reset();
    this.held = null;
    // The last snapshot is written by a worker after the room is gone (failures are logged there).
    if (persist) {
      if (this.dirtySinceVersion) void this.writeVersion('checkpoint', null).catch(() => {});
      else if (this.changesSinceSnapshot > 0) void this.writeSnapshot({ kind: 'base', by: null }).catch(() => {});
    }
    this.closed = true;
    for (const connection of this.owners.values()) connection.closeWith(closeCodes.serverRestart, 'room closed');
    this.owners.clear();
    this.socketRoom.close();
  }

  /**
   * Writes a snapshot of the state as it is now and compacts up to it. The state is built and
   * serialized in a worker thread from the database (which holds every change up to this clock),
   * not here: for a large board that took the event loop hundreds of milliseconds. The counters are
   * reset at once and put back if the write fails (the error is logged; callers that await it get it).
   */
  private writeSnapshot(input: Pick<WriteSnapshotInput, 'kind' | 'by' | 'name'>): Promise<{ id: string; createdAt: Date }> {
    const isVersion = input.kind !== 'base';
    const authors = [...this.authorsSinceVersion];
    const covered = this.changesSinceSnapshot;
    const name = input.name ?? null;
    const written =
      this.options.snapshotQueue?.canvas({ boardId: this.boardId, clock: this.storage.getClock(), snapshotKind: input.kind, name, by: input.by, authors }) ??
      new Promise<{ id: string; createdAt: Date }>((resolve) => resolve(this.storeSnapshot({ ...input, name }, this.storage.getSnapshot(), authors)));
    this.changesSinceSnapshot = 0;
    if (isVersion) {
      this.authorsSinceVersion.clear();
      this.dirtySinceVersion = false;
      if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
      this.checkpointTimer = null;
    }
    written.catch((error: unknown) => {
      logger.error(`Could not write a ${input.kind} snapshot of canvas board ${this.boardId}`, error);
      if (this.closed) return;
      this.changesSinceSnapshot += covered;
      if (!isVersion) return;
      for (const author of authors) this.authorsSinceVersion.add(author);
      if (!this.dirtySinceVersion) {
        this.dirtySinceVersion = true;
        this.scheduleCheckpoint();
      }
    });
    return written;
  }

  /** Writes a snapshot on the event loop, of a state the room holds (not built from the database). */
  private storeSnapshot(input: Pick<WriteSnapshotInput, 'kind' | 'by'> & { name: string | null }, snapshot: RoomSnapshot, authors: string[] = []) {
    return this.options.log.writeSnapshot({ boardId: this.boardId, kind: input.kind, name: input.name, by: input.by, authors, snapshot });
  }

  private noteChange(actor: CanvasActor | null): void {
    if (actor) this.authorsSinceVersion.add(actor.name);
    if (actor) this.changeMark.note(actor);
    this.changesSinceSnapshot += 1;
    if (!this.dirtySinceVersion) {
      this.dirtySinceVersion = true;
      this.scheduleCheckpoint();
    }
    if (this.changesSinceSnapshot >= this.options.compactEvery && !this.compactScheduled) {
      this.compactScheduled = true;
      // After the acknowledgement: compaction is not part of the client's transaction.
      setImmediate(() => {
        this.compactScheduled = false;
        if (this.closed || this.changesSinceSnapshot < this.options.compactEvery) return;
        void this.writeSnapshot({ kind: 'base', by: null }).catch(() => {});
      });
    }
  }

  private scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      if (this.closed || !this.dirtySinceVersion) return;
      void this.writeVersion('checkpoint', null).catch(() => {});
    }, this.options.checkpointIntervalMs);
    this.checkpointTimer.unref();
  }

  /**
   * tldraw's room handles each message in an async function and only catches its own sync errors,
   * so anything else (a database write that failed inside the storage transaction) would become an
   * unhandled rejection, which ends the Node process, and leave the client waiting for an answer.
   * Here such a failure closes only that client's socket: with a retryable code when the database
   * could not take the change (the client reconnects and sends it again; nothing was acknowledged),
   * else as tldraw itself treats unexpected errors.
   */
  private catchFailedMessages(): void {
    const inner = (this.socketRoom as unknown as { room?: { handleMessage?: (sessionId: string, message: unknown) => Promise<void> } }).room;
    if (!inner?.handleMessage) throw new Error('tldraw TLSocketRoom has changed: its room has no handleMessage');
    const handleMessage = inner.handleMessage.bind(inner);
    inner.handleMessage = (sessionId, message) =>
      handleMessage(sessionId, message).catch((error: unknown) => {
        // A failed write the room is already retrying (see hold()).
        if (error && typeof error === 'object' && this.retriedFailures.has(error)) return;
        const connection = this.owners.get(sessionId);
        if (this.storage.takeWriteFailure()) {
          logger.error(`Canvas board ${this.boardId}: a change could not be stored; the client will send it again`, error);
          connection?.closeWith(closeCodes.serverRestart, 'could not store the change; reconnect and send it again');
        } else {
          logger.error(`Canvas board ${this.boardId}: a message failed`, error);
          this.socketRoom.closeSession(sessionId, 'UNKNOWN_ERROR');
        }
      });
  }

  /**
   * tldraw's room answers a push it stored unchanged with "commit", and the sender keeps its own
   * version. When Planrom rewrote the push (someone else's name put right), the answer is turned
   * into "rebase with this diff": the sender's view then shows what was stored, as everyone else's does.
   */
  private correctRewrittenPushes(): void {
    type Sent = { type: string; clientClock?: number; action?: unknown };
    const inner = (this.socketRoom as unknown as { room?: { _unsafe_sendMessage?: (sessionId: string, message: Sent) => void } }).room;
    if (!inner?._unsafe_sendMessage) throw new Error('tldraw TLSocketRoom has changed: its room has no _unsafe_sendMessage');
    const send = inner._unsafe_sendMessage.bind(inner);
    inner._unsafe_sendMessage = (sessionId, message) => {
      const correction = message.type === 'push_result' ? this.corrections.get(sessionId) : undefined;
      if (correction && correction.clientClock === message.clientClock && message.action === 'commit') {
        this.corrections.delete(sessionId);
        return send(sessionId, { ...message, action: { rebaseWithDiff: correction.diff } });
      }
      send(sessionId, message);
    };
  }

  /** Why a client's changes cannot be accepted, or null when they can. */
  private refusalOf(diff: NonNullable<Extract<CanvasClientMessage, { type: 'push' }>['diff']>) {
    let shapes = this.storage.shapeCount;
    for (const [id, op] of Object.entries(diff)) {
      if (op[0] === 'put') {
        if (op[1].typeName === 'shape' && !this.storage.hasShape(id)) shapes += 1;
        const problem = assetProblemOf(this.boardId, op[1]);
        if (problem) return problem;
      } else if (op[0] === 'patch') {
        if (id.startsWith('asset:')) {
          const problem = assetProblemOf(this.boardId, applyObjectDiff(this.storage.record(id), op[1]));
          if (problem) return problem;
        }
      } else if (this.storage.hasShape(id)) {
        shapes -= 1;
      }
    }
    return shapes > this.options.maxShapes && shapes > this.storage.shapeCount ? ('shape-limit' as const) : null;
  }
}

import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { readDiagram } from '../../../shared/diagram/diagram-ydoc';
import { documentVersion, type VersionedDiagram } from '../../../shared/diagram/document-version';
import { migrateOldStructure } from '../../../shared/diagram/migrate-structure';
import { closeCodes, type CloseCode } from '../../../shared/sync/close-codes';
import { diagramMessageType, type PresenceUser } from '../../../shared/sync/diagram-protocol';
import { logger } from '../../lib/logger';
import { BoardChangeMark } from '../board-change-mark';
import { StorageRetry } from '../storage-retry';
import type { SnapshotQueue } from '../../workers/snapshot-queue';
import { AwarenessOwners } from './awareness-owners';
import type { Author, DiagramStorage, SnapshotReason } from './diagram-storage';

/** One client of a room: a socket plus what the access layer decided about it. */
export interface DiagramConnection {
  access: 'read' | 'write';
  author: Author;
  /** The identity shown to others in presence; clients cannot claim another. */
  user: PresenceUser;
  send(message: Uint8Array): void;
  close(code: CloseCode, reason: string): void;
}

/** A change the server makes itself (import, restore), logged under the person who asked for it. */
export class ServerChange {
  constructor(readonly author: Author) {}
}

export interface DiagramRoomOptions {
  /** Fold the log into a snapshot after this many updates. */
  compactAfterUpdates?: number;
  /** A compaction within this long of the previous one overwrites it instead of adding a version. */
  versionIntervalMs?: number;
  /**
   * How long the room keeps retrying updates the database could not take (busy or unavailable)
   * before it gives up, closes every client and loads again (the clients send them again).
   */
  storageRetryMs?: number;
  /** Builds snapshots in worker threads; without it (or a local database file) the room encodes them itself. */
  snapshotQueue?: SnapshotQueue;
}

const defaults = { compactAfterUpdates: 500, versionIntervalMs: 10 * 60 * 1000, storageRetryMs: 10_000 };

/** An update applied to the document but not stored yet, so not relayed yet either. */
interface UnsavedUpdate {
  update: Uint8Array;
  origin: unknown;
  author: Author;
}

/**
 * The live state of one diagram board: a Yjs document loaded from the update log, the clients
 * connected to it, and their presence.
 *
 * Durability: every update a client sends is appended to the log, synchronously, before it is
 * relayed to anyone; a server killed at any moment has stored every change another client saw.
 * Read-only clients may sync and show presence, but their document updates are dropped.
 */
export class DiagramRoom {
  private readonly ydoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.ydoc);
  readonly connections = new Set<DiagramConnection>();
  /** Set when storing failed; the room then closes and is loaded again from the database. */
  broken = false;
  /** Set once the room is unloaded; late messages and leaves are then ignored. */
  destroyed = false;
  private readonly options: typeof defaults & Pick<DiagramRoomOptions, 'snapshotQueue'>;
  private readonly awarenessIds = new Map<DiagramConnection, Set<number>>();
  /** A client may set only its own presence (the awareness ids it brought), never another's. */
  private readonly awarenessOwners = new AwarenessOwners<DiagramConnection>((a, b) => a.user.id === b.user.id);
  private lastUpdateId: number;
  private pendingUpdates: number;
  private pendingAuthors: Set<string>;
  private latestSnapshot: { id: string; reason: SnapshotReason; createdAt: number; authorNames: string[] } | null;
  private loading = true;
  /**
   * The stored state, until it is applied to the document: just after the first client was sent
   * it, or as soon as anything needs the document (see `doc`).
   */
  private unapplied: Uint8Array[] | null;
  /** Updates waiting for the database, in order; while there are any, sync messages wait too. */
  private readonly unsaved: UnsavedUpdate[] = [];
  private readonly waiting: Array<{ connection: DiagramConnection; message: Uint8Array }> = [];
  /** The state vector of what a connection was sent whole when it joined, until its own step 1 comes. */
  private readonly sentOnJoin = new WeakMap<DiagramConnection, Uint8Array>();
  /**
   * What a joining client is sent, encoded once per version of the document: when a meeting starts,
   * everyone opens the same board within seconds, and encoding a board of 1,000 nodes for each took
   * the event loop tens of milliseconds every time. Dropped by every change.
   */
  private joinMessages: { stateVector: Uint8Array; step1: Uint8Array; step2: Uint8Array } | null = null;
  /** The board's content as a board page first draws it (`content()`), read once per version of the document. */
  private contentNow: VersionedDiagram | null = null;
  /** The back-off while the database refuses; reset once everything went through. */
  private readonly retry: StorageRetry;
  /** "Sist endret" on the board list. */
  private readonly changeMark: BoardChangeMark;

  constructor(
    readonly boardId: string,
    private readonly storage: DiagramStorage,
    options: DiagramRoomOptions = {},
    private readonly onBroken: (room: DiagramRoom) => void = () => {},
  ) {
    this.options = { ...defaults, ...options };
    this.retry = new StorageRetry(this.options.storageRetryMs);
    this.changeMark = new BoardChangeMark(boardId, storage.writeBoardChange);
    const stored = storage.load(boardId);
    this.lastUpdateId = stored.lastUpdateId;
    this.pendingUpdates = stored.pendingUpdates;
    this.pendingAuthors = new Set(stored.pendingAuthors);
    this.latestSnapshot = stored.latestSnapshot;
    // The server only relays presence; it has none of its own.
    this.awareness.setLocalState(null);
    this.ydoc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.unapplied = stored.updates;
    const [snapshot, ...after] = stored.updates;
    if (snapshot && after.length === 0) {
      // A board stored as one snapshot (the usual case: it was compacted when the last person left)
      // is already the whole state a joining client is sent. The first one gets it without waiting
      // for the server to apply it (on a board of 1,000 nodes, about 85 ms on the event loop, and
      // 25 ms more to encode it again); the document takes it right after.
      this.joinMessages = joinMessagesOf(Y.encodeStateVectorFromUpdate(snapshot), snapshot);
      setImmediate(() => {
        try {
          this.applyStored();
        } catch (error) {
          logger.error(`Diagram ${this.boardId}: could not apply the stored state; closing the room`, error);
          this.fail();
        }
      });
    } else this.applyStored();
  }

  /** The board's document, with everything stored applied. */
  get doc(): Y.Doc {
    this.applyStored();
    return this.ydoc;
  }

  private applyStored(): void {
    if (!this.unapplied) return;
    const updates = this.unapplied;
    this.unapplied = null;
    this.ydoc.transact(() => {
      for (const update of updates) Y.applyUpdate(this.ydoc, update);
    });
    this.loading = false;
    this.migrate();
  }

  /**
   * Brings a board made by an older version of a template up to date, once, as an ordinary stored
   * change (so it is in the history and reaches every client): today the digital structure, which
   * was an actor map of nested frames before it had a diagram type of its own.
   */
  private migrate(): void {
    try {
      if (migrateOldStructure(this.doc, new ServerChange({ id: null, name: null })))
        logger.info(`Diagram ${this.boardId}: digital structure migrated to its own type`);
    } catch (error) {
      logger.error(`Diagram ${this.boardId}: could not migrate the old digital structure`, error);
    }
  }

  /**
   * Adds a client: sends it the server's state vector, the whole document (when everything in it is
   * stored) and everyone's presence. Sending the document at once, instead of in answer to the
   * client's step 1, saves a round trip when a board opens, and a socket opened before the editor's
   * code has loaded has the board waiting for it.
   */
  join(connection: DiagramConnection): void {
    this.connections.add(connection);
    this.awarenessIds.set(connection, new Set());
    const { stateVector, step1, step2 } = this.currentJoinMessages();
    connection.send(step1);
    if (this.unsaved.length === 0) {
      connection.send(step2);
      this.sentOnJoin.set(connection, stateVector);
    }
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) connection.send(this.awarenessMessage(states));
  }

  private currentJoinMessages(): { stateVector: Uint8Array; step1: Uint8Array; step2: Uint8Array } {
    this.joinMessages ??= joinMessagesOf(Y.encodeStateVector(this.doc), Y.encodeStateAsUpdate(this.doc));
    return this.joinMessages;
  }

  /**
   * The board's content as it is now (`readDiagram`), which a board page draws while its socket
   * session starts, with the document's version: a page whose live document arrives at that version
   * keeps what it drew instead of reading it again. Read once per version of the document, like the
   * join messages: everyone in a meeting opens the board at once. Shared between callers: never
   * change it.
   */
  content(): VersionedDiagram {
    this.contentNow ??= { ...readDiagram(this.doc), liveVersion: documentVersion(this.doc) };
    return this.contentNow;
  }

  /** Removes a client and its presence. */
  leave(connection: DiagramConnection): void {
    this.connections.delete(connection);
    this.awarenessIds.delete(connection);
    // Only the presence it still holds (the same person reconnecting may have taken it over).
    const ids = this.awarenessOwners.release(connection);
    if (this.destroyed) return;
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  /** Handles one binary message from a client; a malformed one closes that client's socket. */
  receive(connection: DiagramConnection, message: Uint8Array): void {
    if (this.broken || this.destroyed || !this.connections.has(connection)) return;
    // While updates wait for the database, sync messages wait behind them (a sync step 2 answer
    // would hand out what is not stored yet); presence goes on.
    if (this.unsaved.length > 0 && message[0] === diagramMessageType.sync) {
      this.waiting.push({ connection, message });
      return;
    }
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === diagramMessageType.sync) this.receiveSync(connection, decoder);
      else if (type === diagramMessageType.awareness) {
        const own = this.awarenessOwners.filter(connection, decoding.readVarUint8Array(decoder));
        if (own.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, own.update, connection);
      } else throw new Error(`unknown message type ${type}`);
    } catch (error) {
      if (this.broken) return;
      logger.info(`Diagram ${this.boardId}: closing a client that sent a bad message`, error);
      connection.close(closeCodes.badMessage, 'bad message');
    }
  }

  private receiveSync(connection: DiagramConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    if (syncType === syncProtocol.messageYjsSyncStep1) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, diagramMessageType.sync);
      // A client that was sent the whole document on joining (and may have asked before it arrived)
      // lacks at most what changed since.
      const clientState = decoding.readVarUint8Array(decoder);
      const sent = this.sentOnJoin.get(connection);
      this.sentOnJoin.delete(connection);
      syncProtocol.writeSyncStep2(reply, this.doc, sent ?? clientState);
      connection.send(encoding.toUint8Array(reply));
      return;
    }
    if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) {
      throw new Error(`unknown sync message ${syncType}`);
    }
    const update = decoding.readVarUint8Array(decoder);
    // Read-only is enforced here, not in the client: the update is neither applied, stored nor relayed.
    if (connection.access !== 'write') return;
    Y.applyUpdate(this.doc, update, connection);
  }

  /**
   * Stores an update before anyone else hears of it. Runs synchronously inside `Y.applyUpdate`
   * (and inside server changes), so the relay below only happens after the row is committed.
   */
  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    // Applying the stored state changes nothing a joining client is sent.
    if (this.loading) return;
    this.joinMessages = null;
    this.contentNow = null;
    const author = origin instanceof ServerChange ? origin.author : this.isConnection(origin) ? origin.author : { id: null, name: null };
    if (this.unsaved.length > 0) {
      // Behind updates that wait for the database: keep the order.
      if (origin instanceof ServerChange) return this.fail();
      this.unsaved.push({ update, origin, author });
      return;
    }
    try {
      this.lastUpdateId = this.storage.append(this.boardId, update, author);
    } catch (error) {
      // A change the server makes for someone (import, restore) is refused instead: the room
      // reloads without it and the request answers that the database is unavailable.
      if (origin instanceof ServerChange) {
        logger.error(`Diagram ${this.boardId}: could not store a change; closing the room`, error);
        return this.fail();
      }
      logger.error(`Diagram ${this.boardId}: the database did not take an update; retrying`, error);
      this.unsaved.push({ update, origin, author });
      this.retry.schedule(() => this.retryUnsaved());
      return;
    }
    this.stored([{ update, origin, author }]);
  };

  /** Counts stored updates and relays them to everyone but their sender. */
  private stored(updates: UnsavedUpdate[]): void {
    for (const { update, origin, author } of updates) {
      this.pendingUpdates += 1;
      if (author.name) this.pendingAuthors.add(author.name);
      this.changeMark.note(author);
      const message = encoding.createEncoder();
      encoding.writeVarUint(message, diagramMessageType.sync);
      syncProtocol.writeUpdate(message, update);
      const bytes = encoding.toUint8Array(message);
      for (const connection of this.connections) if (connection !== origin) connection.send(bytes);
    }
    if (this.pendingUpdates >= this.options.compactAfterUpdates) void this.compact('compaction');
  }

  /**
   * Tries the waiting updates again, all in one transaction. When they are stored they are relayed
   * and the waiting messages are handled in order; when the database stays unavailable too long,
   * the room closes every client and is loaded again (the clients still hold their changes and send
   * them again in the sync after reconnecting).
   */
  private retryUnsaved(): void {
    if (this.broken || this.destroyed) return;
    try {
      this.lastUpdateId = this.storage.appendAll(this.boardId, this.unsaved);
    } catch (error) {
      if (this.retry.schedule(() => this.retryUnsaved())) return;
      logger.error(`Diagram ${this.boardId}: the database stayed unavailable; closing the room`, error);
      return this.fail();
    }
    this.retry.reset();
    this.stored(this.unsaved.splice(0));
    while (this.waiting.length > 0 && this.unsaved.length === 0 && !this.broken) {
      const { connection, message } = this.waiting.shift()!;
      this.receive(connection, message);
    }
  }

  /** Whether updates are waiting for the database (the room must not unload then). */
  get saving(): boolean {
    return this.unsaved.length > 0;
  }

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    const changed = [...added, ...updated, ...removed];
    if (this.isConnection(origin)) {
      const ids = this.awarenessIds.get(origin);
      for (const id of added) ids?.add(id);
      for (const id of removed) ids?.delete(id);
      // Presence names come from the session, not from what the client claims.
      for (const id of [...added, ...updated]) {
        const state = this.awareness.getStates().get(id);
        if (state && typeof state === 'object') state.user = origin.user;
      }
    }
    if (changed.length === 0) return;
    const bytes = this.awarenessMessage(changed);
    for (const connection of this.connections) connection.send(bytes);
  };

  private awarenessMessage(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, diagramMessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
    return encoding.toUint8Array(encoder);
  }

  private isConnection(origin: unknown): origin is DiagramConnection {
    return typeof origin === 'object' && origin !== null && this.awarenessIds.has(origin as DiagramConnection);
  }

  /** Whether changes were logged since the newest snapshot. */
  get dirty(): boolean {
    return this.pendingUpdates > 0 || this.unsaved.length > 0;
  }

  /**
   * Stores a snapshot of the document as far as it is stored (up to the last logged update) and
   * trims the log it replaces. The document is rebuilt and encoded in a worker thread from the
   * database, not here: for a large diagram that took the event loop long enough to be felt by
   * every board. Frequent compactions of ongoing work overwrite the newest automatic snapshot, so
   * history keeps about one version per `versionIntervalMs` plus every named, imported or restored one.
   * @returns the snapshot's id once it is stored, or null when it could not be (logged)
   */
  compact(reason: SnapshotReason, label: string | null = null, extraAuthor?: string): Promise<string | null> {
    if (this.broken) return Promise.resolve(null);
    // Nothing changed since the newest snapshot: it already is this state (a named version is still added).
    if (!this.dirty && this.latestSnapshot && reason !== 'manual') return Promise.resolve(this.latestSnapshot.id);
    const names = new Set(this.pendingAuthors);
    if (extraAuthor) names.add(extraAuthor);
    const now = Date.now();
    const latest = this.latestSnapshot;
    const replace = reason === 'compaction' && latest?.reason === 'compaction' && now - latest.createdAt < this.options.versionIntervalMs ? latest.id : null;
    const authorNames = replace && latest ? [...new Set([...latest.authorNames, ...names])] : [...names];
    const id = replace ?? randomUUID();
    const upToUpdateId = this.lastUpdateId;
    const written =
      this.options.snapshotQueue?.diagram({ boardId: this.boardId, upToUpdateId, reason, label, authorNames, replace, id, now }) ??
      new Promise<string>((resolve) => {
        const stored = this.storage.writeSnapshot(this.boardId, Y.encodeStateAsUpdate(this.doc), upToUpdateId, {
          reason,
          label,
          authorNames,
          replace,
          id,
          now,
        });
        this.storage.pruneVersions(this.boardId, stored, now);
        resolve(stored);
      });
    const covered = { updates: this.pendingUpdates, authors: [...this.pendingAuthors] };
    this.latestSnapshot = { id, reason, createdAt: now, authorNames };
    this.pendingUpdates = 0;
    this.pendingAuthors.clear();
    return written.then(
      (stored) => stored,
      (error: unknown) => {
        logger.error(`Diagram ${this.boardId}: could not write a snapshot`, error);
        // Still in the log: counted again, so a later compaction folds them in.
        this.pendingUpdates += covered.updates;
        for (const author of covered.authors) this.pendingAuthors.add(author);
        return null;
      },
    );
  }

  /**
   * A change made by the server for someone (import, restore): applied, stored and relayed like any
   * client's update. Throws if the room cannot store it.
   */
  change(author: Author, apply: (doc: Y.Doc, origin: ServerChange) => void): void {
    if (this.broken || this.destroyed) throw new Error('room closed');
    if (this.saving) throw Object.assign(new Error('updates are waiting for the database'), { code: 'SQLITE_BUSY' });
    apply(this.doc, new ServerChange(author));
    if (this.broken) throw new Error('could not store the change');
  }

  /** Closes every client (they reconnect on their own) and stops handling messages. */
  closeAll(code: CloseCode, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason);
  }

  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    this.retry.reset();
    this.waiting.length = 0;
    this.closeAll(closeCodes.serverRestart, 'storage failed');
    this.onBroken(this);
  }

  /** Frees the document; call after the last client left and the room was compacted. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.retry.reset();
    this.connections.clear();
    this.unapplied = null;
    this.ydoc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.ydoc.destroy();
  }
}

/** A joining client's sync step 1 and step 2, as y-protocols' writeSyncStep1 and writeSyncStep2 write them. */
function joinMessagesOf(stateVector: Uint8Array, state: Uint8Array): { stateVector: Uint8Array; step1: Uint8Array; step2: Uint8Array } {
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, diagramMessageType.sync);
  encoding.writeVarUint(step1, syncProtocol.messageYjsSyncStep1);
  encoding.writeVarUint8Array(step1, stateVector);
  const step2 = encoding.createEncoder();
  encoding.writeVarUint(step2, diagramMessageType.sync);
  encoding.writeVarUint(step2, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(step2, state);
  return { stateVector, step1: encoding.toUint8Array(step1), step2: encoding.toUint8Array(step2) };
}

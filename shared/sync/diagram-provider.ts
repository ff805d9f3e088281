import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { diagramMessageType } from './diagram-protocol';
import { ReconnectingSocket, type CreateSocket } from './reconnecting-socket';

export type { SocketLike } from './reconnecting-socket';

export type ProviderStatus = 'connecting' | 'connected' | 'offline' | 'closed';

export interface DiagramProviderOptions {
  /** Full `ws:`/`wss:` address of the board's socket. */
  url: string;
  /** Makes the socket; defaults to the global `WebSocket`. */
  createSocket?: CreateSocket;
  /** Start connecting right away (default true). */
  connect?: boolean;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
}

type Listener<T> = (value: T) => void;

/**
 * Connects a `Y.Doc` and its awareness to a diagram board's room with the y-protocols sync and
 * awareness messages (the y-websocket framing). Reconnects with back-off; local edits made while
 * offline stay in the document and are sent in the sync exchange after reconnecting.
 */
export class DiagramProvider {
  readonly awareness: awarenessProtocol.Awareness;
  status: ProviderStatus = 'offline';
  /** True once the server's state has been received on the current connection. */
  synced = false;
  /** True while local edits made without a connection wait to be sent (they go out in the next sync exchange). */
  unsent = false;
  private readonly socket: ReconnectingSocket;
  private destroyed = false;
  private readonly statusListeners = new Set<Listener<ProviderStatus>>();
  private readonly syncedListeners = new Set<Listener<boolean>>();
  private readonly closeListeners = new Set<Listener<number>>();
  private readonly unsentListeners = new Set<Listener<boolean>>();
  private listeningForUpdates = false;

  constructor(
    readonly doc: Y.Doc,
    options: DiagramProviderOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.socket = new ReconnectingSocket({
      url: options.url,
      createSocket: options.createSocket,
      maxBackoffMs: options.maxBackoffMs,
      onOpen: () => this.opened(),
      onMessage: (data) => {
        const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
        if (bytes) this.receive(bytes);
      },
      onClose: (code) => {
        this.forgetOthers();
        for (const listener of this.closeListeners) listener(code);
      },
      onStatus: (status) => this.setStatus(status === 'ready' ? 'connected' : status),
    });
    this.listenForUpdates(true);
    doc.on('afterTransactionCleanup', this.onTransactionCleanup);
    this.awareness.on('update', this.onAwarenessUpdate);
    if (options.connect !== false) this.connect();
  }

  /** The close code that ended the connection for good, when it did. */
  get closedWith(): number | null {
    return this.socket.closedWith;
  }

  onStatus(listener: Listener<ProviderStatus>): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onSynced(listener: Listener<boolean>): () => void {
    this.syncedListeners.add(listener);
    return () => this.syncedListeners.delete(listener);
  }

  /** Called with the close code whenever the server closes the connection (before any reconnect). */
  onClose(listener: Listener<number>): () => void {
    this.closeListeners.add(listener);
    return () => this.closeListeners.delete(listener);
  }

  onUnsent(listener: Listener<boolean>): () => void {
    this.unsentListeners.add(listener);
    return () => this.unsentListeners.delete(listener);
  }

  /** Opens the socket (again). */
  connect(): void {
    this.socket.connect();
  }

  /** Closes the socket without reconnecting (e.g. for a test of offline edits). */
  disconnect(): void {
    this.socket.disconnect();
    this.forgetOthers();
  }

  /** Leaves the room for good: presence is withdrawn and the socket closed. */
  destroy(): void {
    if (this.destroyed) return;
    if (this.socket.isOpen) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    }
    this.destroyed = true;
    this.socket.destroy();
    this.forgetOthers();
    this.listenForUpdates(false);
    this.doc.off('afterTransactionCleanup', this.onTransactionCleanup);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.statusListeners.clear();
    this.syncedListeners.clear();
    this.closeListeners.clear();
    this.unsentListeners.clear();
  }

  private opened(): void {
    this.socket.resetBackoff();
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, diagramMessageType.sync);
    syncProtocol.writeSyncStep1(step1, this.doc);
    this.socket.send(encoding.toUint8Array(step1));
    if (this.awareness.getLocalState() !== null) this.socket.send(this.awarenessMessage([this.doc.clientID]));
  }

  /** Without a connection nobody else is known to be here, and nothing is in sync. */
  private forgetOthers(): void {
    this.setSynced(false);
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
  }

  private receive(data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === diagramMessageType.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, diagramMessageType.sync);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) this.socket.send(encoding.toUint8Array(reply));
      // The reply to the server's step 1 carries everything the server lacks, offline edits included.
      if (syncType === syncProtocol.messageYjsSyncStep1) this.setUnsent(false);
      if (syncType === syncProtocol.messageYjsSyncStep2) this.setSynced(true);
    } else if (type === diagramMessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }

  /**
   * Yjs encodes every transaction as an update whenever anyone listens for updates (a whole board's
   * worth when the server's state is applied: ~80 ms at 1,000 nodes), and it looks for listeners
   * right after this event. What the server sent through this provider goes nowhere, so the
   * provider listens only for the other transactions: edits made here.
   */
  private onTransactionCleanup = (transaction: Y.Transaction) => {
    if (!this.destroyed) this.listenForUpdates(transaction.origin !== this);
  };

  private listenForUpdates(listen: boolean): void {
    if (listen === this.listeningForUpdates) return;
    this.listeningForUpdates = listen;
    if (listen) this.doc.on('update', this.onDocUpdate);
    else this.doc.off('update', this.onDocUpdate);
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, diagramMessageType.sync);
    syncProtocol.writeUpdate(message, update);
    if (!this.socket.send(encoding.toUint8Array(message))) this.setUnsent(true);
  };

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === this || !this.socket.isOpen) return;
    const changed = [...added, ...updated, ...removed].filter((id) => id === this.doc.clientID);
    if (changed.length > 0) this.socket.send(this.awarenessMessage(changed));
  };

  private awarenessMessage(clientIds: number[]): Uint8Array {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, diagramMessageType.awareness);
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
    return encoding.toUint8Array(encoder);
  }

  private setStatus(status: ProviderStatus): void {
    if (this.status === status || (this.destroyed && status !== 'closed')) return;
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }

  private setUnsent(unsent: boolean): void {
    if (this.unsent === unsent) return;
    this.unsent = unsent;
    for (const listener of this.unsentListeners) listener(unsent);
  }

  private setSynced(synced: boolean): void {
    if (this.synced === synced) return;
    this.synced = synced;
    for (const listener of this.syncedListeners) listener(synced);
  }
}

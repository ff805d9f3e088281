import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { closeCodes } from '../../../../../shared/sync/close-codes';
import { diagramMessageType } from '../../../../../shared/sync/diagram-protocol';

/**
 * The part of a WebSocket the provider uses: the browser's `WebSocket` and the `ws` package both fit,
 * so the same client code runs in the editor, the server tests and the benchmark.
 */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type ProviderStatus = 'connecting' | 'connected' | 'offline' | 'closed';

export interface DiagramProviderOptions {
  /** Full `ws:`/`wss:` address of the board's socket. */
  url: string;
  /** Makes the socket; defaults to the global `WebSocket`. */
  createSocket?: (url: string) => SocketLike;
  /** Start connecting right away (default true). */
  connect?: boolean;
  /** Longest wait between reconnect attempts. */
  maxBackoffMs?: number;
}

/** Close codes after which reconnecting cannot help: the person must act (log in, ask for access). */
const finalCodes = new Set<number>([
  closeCodes.sessionEnded,
  closeCodes.accessRevoked,
  closeCodes.boardGone,
  closeCodes.shareLinkRevoked,
]);

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
  /** The close code that ended the connection for good, when it did. */
  closedWith: number | null = null;
  /** True while local edits made without a connection wait to be sent (they go out in the next sync exchange). */
  unsent = false;
  private socket: SocketLike | null = null;
  private attempts = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;
  private readonly statusListeners = new Set<Listener<ProviderStatus>>();
  private readonly syncedListeners = new Set<Listener<boolean>>();
  private readonly closeListeners = new Set<Listener<number>>();
  private readonly unsentListeners = new Set<Listener<boolean>>();

  constructor(
    readonly doc: Y.Doc,
    private readonly options: DiagramProviderOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    if (options.connect !== false) this.connect();
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
    if (this.destroyed || this.socket) return;
    clearTimeout(this.retryTimer);
    this.closedWith = null;
    this.setStatus('connecting');
    const create = this.options.createSocket ?? ((url: string) => new (globalThis as unknown as { WebSocket: new (url: string) => SocketLike }).WebSocket(url));
    const socket = create(this.options.url);
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onopen = () => {
      this.attempts = 0;
      this.setStatus('connected');
      const step1 = encoding.createEncoder();
      encoding.writeVarUint(step1, diagramMessageType.sync);
      syncProtocol.writeSyncStep1(step1, this.doc);
      socket.send(encoding.toUint8Array(step1));
      if (this.awareness.getLocalState() !== null) {
        socket.send(this.awarenessMessage([this.doc.clientID]));
      }
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      const data = event.data instanceof ArrayBuffer ? new Uint8Array(event.data) : event.data instanceof Uint8Array ? event.data : null;
      if (data) this.receive(socket, data);
    };
    socket.onerror = () => {};
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.setSynced(false);
      const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
      awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
      if (this.destroyed) return;
      for (const listener of this.closeListeners) listener(event.code);
      if (finalCodes.has(event.code)) {
        this.closedWith = event.code;
        this.setStatus('closed');
        return;
      }
      this.setStatus('offline');
      const wait = event.code === closeCodes.accessChanged ? 0 : Math.min(this.options.maxBackoffMs ?? 10_000, 250 * 2 ** this.attempts);
      this.attempts += 1;
      this.retryTimer = setTimeout(() => this.connect(), wait * (0.75 + Math.random() * 0.5));
    };
  }

  /** Closes the socket without reconnecting (e.g. for a test of offline edits). */
  disconnect(): void {
    clearTimeout(this.retryTimer);
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    this.setSynced(false);
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    awarenessProtocol.removeAwarenessStates(this.awareness, others, this);
    if (!this.destroyed) this.setStatus('offline');
  }

  /** Leaves the room for good: presence is withdrawn and the socket closed. */
  destroy(): void {
    if (this.destroyed) return;
    if (this.socket?.readyState === 1) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    }
    this.destroyed = true;
    this.disconnect();
    this.setStatus('closed');
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.statusListeners.clear();
    this.syncedListeners.clear();
    this.closeListeners.clear();
    this.unsentListeners.clear();
  }

  private receive(socket: SocketLike, data: Uint8Array): void {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === diagramMessageType.sync) {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, diagramMessageType.sync);
      const syncType = syncProtocol.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) socket.send(encoding.toUint8Array(reply));
      // The reply to the server's step 1 carries everything the server lacks, offline edits included.
      if (syncType === syncProtocol.messageYjsSyncStep1) this.setUnsent(false);
      if (syncType === syncProtocol.messageYjsSyncStep2) this.setSynced(true);
    } else if (type === diagramMessageType.awareness) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), this);
    }
  }

  private onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this) return;
    if (this.socket?.readyState !== 1) {
      this.setUnsent(true);
      return;
    }
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, diagramMessageType.sync);
    syncProtocol.writeUpdate(message, update);
    this.socket.send(encoding.toUint8Array(message));
  };

  private onAwarenessUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === this || this.socket?.readyState !== 1) return;
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
    if (this.status === status) return;
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

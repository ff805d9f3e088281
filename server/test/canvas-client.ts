import WebSocket from 'ws';
import { atom, type Atom } from '@tldraw/state';
import { Store, type UnknownRecord } from '@tldraw/store';
import * as syncCore from '@tldraw/sync-core';
import { TLSyncClient, type TLPersistentClientSocket, type TLSocketStatusChangeEvent } from '@tldraw/sync-core';
import { getIndexAbove, type IndexKey } from '@tldraw/utils';
import { createTLSchema, createUserId, InstancePresenceRecordType, type TLRecord, type TLUserId } from '@tldraw/tlschema';
import { noteRecord } from './note-record';
import { canvasServerNoticeSchema, type CanvasServerNotice } from '../../shared/sync/canvas-messages';

/** tldraw keeps its protocol types internal; the client only needs them as JSON objects. */
type ClientEvent = { type: string };
type ServerEvent = { type: string };

/**
 * A `ws` socket for tldraw's client that can send cookies, reconnecting by itself like the
 * browser's (tldraw's own adapter uses the browser WebSocket, which cannot set headers in Node).
 */
class NodeSocket implements TLPersistentClientSocket<ClientEvent, ServerEvent> {
  connectionStatus: 'online' | 'offline' | 'error' = 'offline';
  readonly closeCodes: number[] = [];
  private ws: WebSocket | null = null;
  private stopped = false;
  private readonly messageListeners = new Set<(msg: ServerEvent) => void>();
  private readonly statusListeners = new Set<(event: TLSocketStatusChangeEvent) => void>();

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
    private readonly reconnectMs: number,
  ) {
    this.open();
  }

  private open() {
    const ws = new WebSocket(this.url, { headers: this.headers });
    this.ws = ws;
    ws.on('open', () => this.setStatus({ status: 'online' }));
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerEvent;
      for (const listener of this.messageListeners) listener(message);
    });
    ws.on('close', (code, reason) => {
      this.closeCodes.push(code);
      if (this.ws !== ws) return;
      this.ws = null;
      if (code === 4099) this.setStatus({ status: 'error', reason: String(reason) });
      else this.setStatus({ status: 'offline' });
      if (!this.stopped && code !== 4099) setTimeout(() => !this.stopped && this.open(), this.reconnectMs);
    });
    ws.on('error', () => {});
    ws.on('unexpected-response', (_req, res) => {
      this.closeCodes.push(res.statusCode ?? 0);
      // As a browser does: an answer other than 101 fails the connection (close 1006, then a retry).
      ws.terminate();
    });
  }

  private setStatus(event: TLSocketStatusChangeEvent) {
    this.connectionStatus = event.status;
    for (const listener of this.statusListeners) listener(event);
  }

  sendMessage(msg: ClientEvent) {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }
  /** Sends a raw frame, bypassing tldraw's client (for malformed-message tests). */
  sendRaw(data: string) {
    this.ws?.send(data);
  }
  onReceiveMessage(callback: (msg: ServerEvent) => void) {
    this.messageListeners.add(callback);
    return () => this.messageListeners.delete(callback);
  }
  onStatusChange(callback: (event: TLSocketStatusChangeEvent) => void) {
    this.statusListeners.add(callback);
    return () => this.statusListeners.delete(callback);
  }
  restart() {
    this.ws?.close();
  }
  /** Drops the connection as a network failure would (the client reconnects). */
  drop() {
    this.ws?.terminate();
  }
  close() {
    this.stopped = true;
    this.ws?.close();
  }
}

/** A shape as tests look at it. */
export interface TestShape {
  id: string;
  typeName: 'shape';
  type: string;
  x: number;
  y: number;
  parentId: string;
  index: string;
  props: Record<string, unknown>;
}

export interface CanvasTestClientOptions {
  /** ws(s) URL of the board's sync socket, without the sessionId. */
  url: string;
  /** Cookie and origin for the upgrade request. */
  headers?: Record<string, string>;
  name?: string;
  sessionId?: string;
  reconnectMs?: number;
}

let sessions = 0;

/**
 * tldraw's own sync client (TLSyncClient, the same code the browser runs, sending and applying at
 * its 30 fps) over a Node `ws` socket, with a bare tldraw store: for server tests and the benchmark.
 */
export class CanvasTestClient {
  readonly store: Store<TLRecord>;
  readonly socket: NodeSocket;
  readonly client: TLSyncClient<TLRecord, Store<TLRecord>>;
  readonly notices: CanvasServerNotice[] = [];
  readonly syncErrors: string[] = [];
  readonly presence: Atom<TLRecord | null>;
  readonly userId: TLUserId;

  constructor(options: CanvasTestClientOptions) {
    sessions += 1;
    const sessionId = options.sessionId ?? `test-${process.pid}-${sessions}`;
    this.userId = createUserId(`user-${sessionId}`);
    const url = new URL(options.url);
    url.searchParams.set('sessionId', sessionId);
    this.store = new Store<TLRecord>({
      schema: createTLSchema() as never,
      props: {
        defaultName: '',
        assets: { upload: async () => ({ src: '' }), resolve: (asset: { props: { src: string | null } }) => asset.props.src, remove: async () => {} },
        users: { currentUser: atom('user', null), resolve: () => null },
        onMount: () => {},
      } as never,
    });
    this.socket = new NodeSocket(url.toString(), options.headers ?? {}, options.reconnectMs ?? 100);
    this.presence = atom<TLRecord | null>('presence', null);
    const name = options.name ?? sessionId;
    this.presence.set(
      InstancePresenceRecordType.create({
        id: InstancePresenceRecordType.createId(this.userId),
        currentPageId: 'page:page' as never,
        userId: this.userId,
        userName: name,
        cursor: { x: 0, y: 0, type: 'default', rotation: 0 },
      }) as TLRecord,
    );
    this.client = new TLSyncClient<TLRecord, Store<TLRecord>>({
      store: this.store,
      socket: this.socket,
      presence: this.presence,
      presenceMode: atom('presence mode', 'full' as const),
      onLoad: () => {},
      onSyncError: (reason) => this.syncErrors.push(reason),
      onCustomMessageReceived: (data) => {
        const notice = canvasServerNoticeSchema.safeParse(data);
        if (notice.success) this.notices.push(notice.data);
      },
    });
  }

  /** Resolves once the room accepted this client (tldraw's connect handshake is done). */
  connected(timeoutMs = 10_000): Promise<void> {
    return this.waitFor(() => this.isConnected, timeoutMs, 'connect');
  }

  /** Whether tldraw's client has finished its handshake with the room. */
  get isConnected(): boolean {
    return (this.client as unknown as { isConnectedToRoom: boolean }).isConnectedToRoom;
  }

  /**
   * Resolves once the room has acknowledged every change this client made so far: tldraw's client
   * has sent them (it sends at most 30 times a second) and the room answered each push with its
   * `push_result` (commit, discard or rebase). The room stores a change before it answers, so a
   * test can read the database, export or copy the board right after this.
   */
  acknowledged(timeoutMs = 5_000): Promise<void> {
    const client = this.client as unknown as {
      unsentChanges: { nextDiff?: unknown };
      pendingPushRequests: unknown[];
    };
    // The store hands changes to its listeners (tldraw's client among them) on the next frame;
    // flushing now makes sure the client knows of every change made before this call.
    (this.store as unknown as { _flushHistory(): void })._flushHistory();
    return this.waitFor(
      () => this.isConnected && !client.unsentChanges.nextDiff && client.pendingPushRequests.length === 0,
      timeoutMs,
      'the room to acknowledge this client’s changes',
    );
  }

  /** Adds a sticky note with this text. */
  addNote(id: string, text: string, position = { x: 0, y: 0 }) {
    this.store.put([noteRecord(id, text, { ...position, index: this.nextIndex() })]);
  }

  private nextIndex(): IndexKey {
    const indices = this.shapes()
      .map((shape) => (shape as unknown as { index: IndexKey }).index)
      .sort();
    return getIndexAbove(indices[indices.length - 1] ?? null);
  }

  /** Moves a shape (an edit of an existing record). */
  moveShape(id: string, x: number, y: number) {
    const shape = this.store.get(`shape:${id}` as never) as (TLRecord & { x: number; y: number }) | undefined;
    if (shape) this.store.put([{ ...shape, x, y } as TLRecord]);
  }

  removeShape(id: string) {
    this.store.remove([`shape:${id}` as never]);
  }

  setCursor(x: number, y: number) {
    const current = this.presence.get() as (TLRecord & { cursor: object }) | null;
    if (current) this.presence.set({ ...current, cursor: { ...current.cursor, x, y } } as TLRecord);
  }

  /** The shapes this client has now. */
  shapes(): TestShape[] {
    return this.store.allRecords().filter((r) => r.typeName === 'shape') as never;
  }

  shape(id: string) {
    return this.shapes().find((s) => s.id === `shape:${id}`);
  }

  /** Other people's presence records (their cursors and names). */
  peers(): Array<UnknownRecord & { userName: string; cursor: { x: number; y: number } | null }> {
    return this.store.allRecords().filter((r) => r.typeName === 'instance_presence' && (r as { userId: string }).userId !== this.userId) as never;
  }

  async waitFor(predicate: () => boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  close() {
    this.client.close();
    this.socket.close();
  }
}

/** The text of a note or geo shape's rich text. */
export function plainText(shape: { props: Record<string, unknown> } | undefined): string {
  const doc = shape?.props.richText as { content?: Array<{ content?: Array<{ text?: string }> }> } | undefined;
  return (doc?.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join('')).join('\n');
}

/** The protocol version of the installed tldraw (kept internal in tldraw's published types). */
const protocolVersion = (syncCore as unknown as { getTlsyncProtocolVersion(): number }).getTlsyncProtocolVersion();

/**
 * A bare socket that speaks tldraw's protocol by hand (connect, then whatever the test sends), for
 * checking what the room answers to messages tldraw's client would never send.
 */
export async function openRawCanvasSession(url: string, headers: Record<string, string>, sessionId = `raw-${Date.now()}`) {
  const ws = new WebSocket(`${url}?sessionId=${sessionId}`, { headers });
  const received: Array<{ type: string; [key: string]: unknown }> = [];
  ws.on('message', (data) => received.push(JSON.parse(String(data))));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  ws.send(
    JSON.stringify({
      type: 'connect',
      connectRequestId: 'raw',
      lastServerClock: -1,
      protocolVersion,
      schema: createTLSchema().serialize(),
    }),
  );
  const waitFor = async (predicate: (m: { type: string; [key: string]: unknown }) => boolean, timeoutMs = 5000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching message; got ${JSON.stringify(received).slice(0, 500)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await waitFor((m) => m.type === 'connect');
  return { ws, received, closed, waitFor, send: (message: unknown) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)) };
}

/** All messages, unpacking tldraw's batched `data` messages. */
export function flattenMessages(received: Array<{ type: string; [key: string]: unknown }>) {
  return received.flatMap((m) => (m.type === 'data' ? (m.data as Array<{ type: string; [key: string]: unknown }>) : [m]));
}

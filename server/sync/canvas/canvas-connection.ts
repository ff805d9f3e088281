import type { WebSocketMinimal } from '@tldraw/sync-core';
import { canvasClientMessageSchema, type CanvasClientMessage, type CanvasServerNotice } from '../../../shared/sync/canvas-messages';
import { closeCodes, type CloseCode } from '../../../shared/sync/close-codes';
import type { CanvasActor } from './canvas-actor';

/** The parts of a server WebSocket a connection needs (Hono's WSContext or a `ws` socket). */
export interface CanvasSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  readonly readyState: number;
}

export interface CanvasConnectionOptions {
  /** Unique per browser tab and caller (the tab's id is namespaced by who the caller is). */
  sessionId: string;
  access: 'read' | 'write';
  actor: CanvasActor;
  socket: CanvasSocket;
  maxMessageBytes: number;
  /** Messages kept while the room loads; more than this closes the socket. */
  maxBufferedMessages?: number;
}

/** Where a connection hands complete, valid messages: the board's room. */
export interface CanvasMessageSink {
  handle(connection: CanvasConnection, message: CanvasClientMessage, raw: string): void;
}

const chunkPattern = /^(\d+)_(.*)$/s;
const pushHead = /^\{\s*"type"\s*:\s*"push"\s*,\s*"clientClock"\s*:\s*(\d+)/;

/**
 * One client socket of a canvas board. Reassembles tldraw's chunked messages, refuses oversized and
 * malformed ones (closing only this socket), validates the envelope with zod, and buffers messages
 * until the room has loaded.
 */
export class CanvasConnection {
  readonly sessionId: string;
  readonly access: 'read' | 'write';
  readonly actor: CanvasActor;
  /** The socket as tldraw's room sees it. */
  readonly roomSocket: WebSocketMinimal;
  closed = false;

  private sink: CanvasMessageSink | null = null;
  private readonly buffered: Array<{ message: CanvasClientMessage; raw: string }> = [];
  private chunked: { expected: number; received: number; bytes: number; head: string; parts: string[] | null } | null = null;

  constructor(private readonly options: CanvasConnectionOptions) {
    this.sessionId = options.sessionId;
    this.access = options.access;
    this.actor = options.actor;
    const socket = options.socket;
    this.roomSocket = {
      send: (data: string) => {
        if (socket.readyState === 1) socket.send(data);
      },
      close: (code?: number, reason?: string) => socket.close(code, reason),
      get readyState() {
        return socket.readyState;
      },
    };
  }

  /** Starts handing messages to the room, beginning with those that arrived while it loaded. */
  attach(sink: CanvasMessageSink): void {
    this.sink = sink;
    for (const { message, raw } of this.buffered.splice(0)) {
      if (this.closed) return;
      sink.handle(this, message, raw);
    }
  }

  /** A frame from the client. */
  receive(data: string | ArrayBuffer): void {
    if (this.closed) return;
    const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
    const bytes = Buffer.byteLength(text);
    if (text.startsWith('{')) {
      if (this.chunked) return this.refuse('unexpected message inside a chunked one');
      if (bytes > this.options.maxMessageBytes) return this.tooLarge(text);
      return this.complete(text);
    }
    const match = chunkPattern.exec(text);
    if (!match) return this.refuse('not a sync message');
    const remaining = Number(match[1]);
    const part = match[2] ?? '';
    if (!this.chunked) {
      this.chunked = { expected: remaining + 1, received: 0, bytes: 0, head: part.slice(0, 200), parts: [] };
    } else if (remaining !== this.chunked.expected - this.chunked.received - 1) {
      this.chunked = null;
      return this.refuse('chunks out of order');
    }
    const chunked = this.chunked;
    chunked.received += 1;
    chunked.bytes += bytes;
    // Over the limit: keep only the head (it names the push being refused), drop the rest.
    if (chunked.bytes > this.options.maxMessageBytes) chunked.parts = null;
    chunked.parts?.push(part);
    if (remaining > 0) return;
    this.chunked = null;
    if (!chunked.parts) return this.tooLarge(chunked.head);
    this.complete(chunked.parts.join(''));
  }

  /** Tells the client something in Planrom's words (a tldraw `custom` message). */
  notify(notice: CanvasServerNotice): void {
    this.roomSocket.send(JSON.stringify({ type: 'custom', data: notice }));
  }

  /** Closes with one of Planrom's close codes, telling the client why first. */
  closeWith(code: CloseCode | 1000, reason: string): void {
    if (this.closed) return;
    this.notify({ type: 'planrom/closing', code, reason });
    this.closed = true;
    this.options.socket.close(code, reason);
  }

  /** The socket closed (by either side). */
  markClosed(): void {
    this.closed = true;
    this.buffered.length = 0;
  }

  private complete(raw: string): void {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return this.refuse('not JSON');
    }
    const parsed = canvasClientMessageSchema.safeParse(json);
    if (!parsed.success) return this.refuse('not a valid sync message');
    this.deliver(parsed.data, raw);
  }

  /**
   * A message over the limit: a push is answered as refused (tldraw then drops the change on the
   * client, so it is not sent again and again); anything else closes the socket.
   */
  private tooLarge(head: string): void {
    const push = pushHead.exec(head);
    if (!push) return this.refuse('message too large');
    this.notify({ type: 'planrom/refused', reason: 'message-too-large' });
    // An empty diff makes tldraw's room answer "discard": the client drops the change.
    const message: CanvasClientMessage = { type: 'push', clientClock: Number(push[1]), diff: {} };
    this.deliver(message, JSON.stringify(message));
  }

  private deliver(message: CanvasClientMessage, raw: string): void {
    if (this.sink) return this.sink.handle(this, message, raw);
    if (this.buffered.length >= (this.options.maxBufferedMessages ?? 500)) return this.refuse('too many messages while loading');
    this.buffered.push({ message, raw });
  }

  private refuse(reason: string): void {
    this.closeWith(closeCodes.badMessage, reason);
  }
}

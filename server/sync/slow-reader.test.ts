import type { Socket } from 'node:net';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createUserId, InstancePresenceRecordType } from '@tldraw/tlschema';
import { closeCodes } from '../../shared/sync/close-codes';
import { diagramMessageType, diagramSocketPath } from '../../shared/sync/diagram-protocol';
import { CanvasTestClient, openRawCanvasSession } from '../test/canvas-client';
import { connectDiagram } from '../test/diagram-client';
import { createBoard } from '../test/factories';
import { startServerUnderTest, type ServerUnderTest } from '../test/test-server';
import { slowClientLimits } from './slow-client-guard';

/** The most unsent data any server-side socket held when it was sent something. */
let highestBuffered = 0;
const originalSend = WebSocket.prototype.send;

/**
 * A client that stops reading its socket (a frozen tab, a network that died without TCP noticing)
 * while others produce a lot: the server must not keep buffering for it. It is disconnected with
 * the retryable close code, its unsent data stays bounded, and everyone else carries on.
 */
describe('a client that stops reading', () => {
  let server: ServerUnderTest;
  let regionId: string;
  const cleanup: Array<() => void> = [];

  beforeAll(async () => {
    // The producer here sends 100 MB a second, a flood by the per-socket budget: lifted for this test only.
    server = await startServerUnderTest({ env: { SOCKET_BYTES_PER_SECOND: String(1024 * 1024 * 1024) } });
    regionId = (await server.admin.get('/api/regions')).body.regions[0].id;
    // Measure on the server's own sockets (same process): how much each had waiting to go out.
    WebSocket.prototype.send = function (this: WebSocket & { _isServer?: boolean }, ...args: Parameters<WebSocket['send']>) {
      if (this._isServer) highestBuffered = Math.max(highestBuffered, this.bufferedAmount);
      return originalSend.apply(this, args);
    } as WebSocket['send'];
  });
  afterEach(() => {
    for (const undo of cleanup.splice(0)) undo();
  });
  afterAll(async () => {
    WebSocket.prototype.send = originalSend;
    await server.dispose();
  });

  const headers = () => ({ origin: server.url, cookie: server.admin.cookieHeader() });
  const big = (i: number) => `${i} ${'ø'.repeat(250_000)}`;

  /** Stops reading: nothing more is taken from the kernel, so the server's side fills up. */
  function stopReading(ws: WebSocket) {
    (ws as unknown as { _socket: Socket })._socket.pause();
    let closeCode: number | null = null;
    ws.on('close', (code) => (closeCode = code));
    return {
      resume: () => (ws as unknown as { _socket: Socket })._socket.resume(),
      closeCode: () => closeCode,
    };
  }

  /** Produces until `dropped()` or 150 MB were sent (the kernel's socket buffers take their share first). */
  async function produceUntil(dropped: () => boolean, sendOne: (i: number) => void) {
    let sent = 0;
    for (let i = 0; sent < 150 * 1024 * 1024 && !dropped(); i += 1) {
      sendOne(i);
      sent += Buffer.byteLength(big(i));
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  it('canvas: the slow socket is closed, memory stays bounded, the others stay connected', async () => {
    highestBuffered = 0;
    const boardId = await createBoard(server, regionId, 'Treg leser', { kind: 'canvas' });
    const url = `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
    const reader = new CanvasTestClient({ url, headers: headers(), name: 'Leser' });
    cleanup.push(() => reader.close());
    await reader.connected();
    const slow = await openRawCanvasSession(url, headers(), 'slow-reader');
    const producer = await openRawCanvasSession(url, headers(), 'producer');
    cleanup.push(
      () => slow.ws.terminate(),
      () => producer.ws.terminate(),
    );
    const paused = stopReading(slow.ws);
    const presence = InstancePresenceRecordType.create({
      id: InstancePresenceRecordType.createId('producer'),
      currentPageId: 'page:page' as never,
      userId: createUserId('producer'),
      userName: 'Produsent',
    });
    const rss = process.memoryUsage().rss;

    await produceUntil(
      () => server.services.canvasRooms.clientCount(boardId) < 3,
      (i) => producer.send({ type: 'push', clientClock: i, presence: ['put', { ...presence, chatMessage: big(i) }] }),
    );
    expect(server.services.canvasRooms.clientCount(boardId)).toBe(2);
    expect(highestBuffered).toBeLessThanOrEqual(slowClientLimits.hardBytes + 1024 * 1024);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);

    // When it reads again it learns it was closed (the close frame, or the cut connection).
    paused.resume();
    await reader.waitFor(() => paused.closeCode() !== null, 10_000, 'the slow socket to close');
    expect([closeCodes.serverRestart, 1006]).toContain(paused.closeCode());
    // Everyone else is still there and still in sync.
    expect(reader.isConnected).toBe(true);
    await reader.waitFor(() => reader.peers().some((p) => (p as { chatMessage?: string }).chatMessage?.length), 5000, 'presence');
    expect(producer.ws.readyState).toBe(WebSocket.OPEN);
  }, 60_000);

  it('diagram: the slow socket is closed, memory stays bounded, the others stay connected', async () => {
    highestBuffered = 0;
    const boardId = await createBoard(server, regionId, 'Treg leser', { kind: 'diagram' });
    const reader = await connectDiagram(server.url, boardId, server.admin);
    cleanup.push(() => reader.provider.destroy());
    const socketUrl = `${server.url.replace(/^http/, 'ws')}${diagramSocketPath(boardId)}`;
    const slow = new WebSocket(socketUrl, { headers: headers() });
    const producer = new WebSocket(socketUrl, { headers: headers() });
    cleanup.push(
      () => slow.terminate(),
      () => producer.terminate(),
    );
    await Promise.all([slow, producer].map((ws) => new Promise((resolve) => ws.once('open', resolve))));
    const paused = stopReading(slow);
    const room = server.services.diagramRooms.loadedRoom(boardId)!;
    const awareness = new awarenessProtocol.Awareness(new Y.Doc());
    const rss = process.memoryUsage().rss;

    await produceUntil(
      () => room.connections.size < 3,
      (i) => {
        awareness.setLocalState({ note: big(i) });
        const message = encoding.createEncoder();
        encoding.writeVarUint(message, diagramMessageType.awareness);
        encoding.writeVarUint8Array(message, awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]));
        producer.send(encoding.toUint8Array(message));
      },
    );
    expect(room.connections.size).toBe(2);
    expect(highestBuffered).toBeLessThanOrEqual(slowClientLimits.hardBytes + 1024 * 1024);
    expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);

    paused.resume();
    const deadline = Date.now() + 10_000;
    while (paused.closeCode() === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect([closeCodes.serverRestart, 1006]).toContain(paused.closeCode());
    expect(reader.provider.status).toBe('connected');
    expect(producer.readyState).toBe(WebSocket.OPEN);
  }, 60_000);
});

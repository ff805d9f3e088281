import { describe, expect, it } from 'vitest';
import { closeCodes } from '../../../shared/sync/close-codes';
import type { CanvasClientMessage } from '../../../shared/sync/canvas-messages';
import { CanvasConnection, type CanvasSocket } from './canvas-connection';

/** tldraw's chunk format: `<chunks still to come>_<part>`, as its client splits big messages. */
function chunk(message: string, size: number): string[] {
  const parts: string[] = [];
  for (let offset = 0; offset < message.length; offset += size) parts.push(message.slice(offset, offset + size));
  return parts.map((part, i) => `${parts.length - 1 - i}_${part}`);
}

function fakeSocket() {
  const sent: string[] = [];
  const closes: number[] = [];
  const socket: CanvasSocket & { sent: string[]; closes: number[] } = {
    sent,
    closes,
    readyState: 1,
    send: (data) => sent.push(data),
    close: (code) => closes.push(code ?? 1000),
  };
  return socket;
}

function connection(socket = fakeSocket(), maxMessageBytes = 1024 * 1024) {
  return new CanvasConnection({ sessionId: 's', access: 'write', actor: { id: null, name: 'Test' }, socket, maxMessageBytes });
}

describe('canvas connection', () => {
  it('buffers messages that arrive while the room loads and hands them over in order', () => {
    const conn = connection();
    conn.receive(JSON.stringify({ type: 'ping' }));
    conn.receive(JSON.stringify({ type: 'push', clientClock: 1, diff: {} }));
    const handled: CanvasClientMessage[] = [];
    conn.attach({ handle: (_c, message) => handled.push(message) });
    conn.receive(JSON.stringify({ type: 'push', clientClock: 2 }));
    expect(handled.map((m) => m.type)).toEqual(['ping', 'push', 'push']);
    expect(handled.map((m) => ('clientClock' in m ? m.clientClock : null))).toEqual([null, 1, 2]);
  });

  it('reassembles tldraw’s chunked messages', () => {
    const conn = connection();
    const handled: CanvasClientMessage[] = [];
    conn.attach({ handle: (_c, message) => handled.push(message) });
    const big = JSON.stringify({ type: 'push', clientClock: 7, diff: { 'shape:a': ['patch', { x: ['put', 'x'.repeat(50_000)] }] } });
    const parts = chunk(big, 10_000);
    expect(parts.length).toBeGreaterThan(4);
    for (const part of parts) conn.receive(part);
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ type: 'push', clientClock: 7 });
  });

  it('answers an oversized push as refused instead of passing it on, and keeps the socket', () => {
    const socket = fakeSocket();
    const conn = connection(socket, 20_000);
    const handled: CanvasClientMessage[] = [];
    conn.attach({ handle: (_c, message) => handled.push(message) });
    const big = JSON.stringify({ type: 'push', clientClock: 9, diff: { 'shape:a': ['patch', { x: ['put', 'x'.repeat(60_000)] }] } });
    for (const part of chunk(big, 10_000)) conn.receive(part);
    expect(handled).toEqual([{ type: 'push', clientClock: 9, diff: {} }]);
    expect(socket.closes).toEqual([]);
    expect(socket.sent.map((s) => JSON.parse(s).data)).toContainEqual({ type: 'planrom/refused', reason: 'message-too-large' });
  });

  it('closes the socket on malformed input, telling the client why', () => {
    for (const bad of ['not json', '{"type":"push"}', '{"type":"hack"}', '0_abc', 'x_abc', '{"type":"ping"']) {
      const socket = fakeSocket();
      const conn = connection(socket);
      conn.attach({ handle: () => {} });
      conn.receive(bad);
      expect(socket.closes, bad).toEqual([closeCodes.badMessage]);
      expect(JSON.parse(socket.sent[0]!).data).toMatchObject({ type: 'planrom/closing', code: closeCodes.badMessage });
    }
  });
});

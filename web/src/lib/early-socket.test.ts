import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openEarlySocket, takeEarlySocket } from './early-socket';

/** Stands in for the browser's WebSocket: the test says when it opens, speaks and closes. */
class FakeWebSocket {
  static made: FakeWebSocket[] = [];
  binaryType = 'blob';
  readyState = 0;
  closed = false;
  sent: unknown[] = [];
  onopen: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeWebSocket.made.push(this);
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  close() {
    this.closed = true;
  }
}

describe('sockets opened early', () => {
  beforeEach(() => {
    FakeWebSocket.made = [];
    vi.stubGlobal('WebSocket', FakeWebSocket);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('hands what arrived before it was taken to the taker, in order, then passes on the rest', async () => {
    openEarlySocket('ws://x/a');
    const raw = FakeWebSocket.made[0]!;
    expect(raw.binaryType).toBe('arraybuffer');
    raw.readyState = 1;
    raw.onopen!({});
    raw.onmessage!({ data: 'sync step 1' });
    raw.onmessage!({ data: 'awareness' });

    const socket = takeEarlySocket('ws://x/a')!;
    const heard: string[] = [];
    socket.onopen = () => heard.push('open');
    socket.onmessage = (event) => heard.push(String(event.data));
    socket.onclose = (event) => heard.push(`close ${event.code}`);
    expect(heard).toEqual([]);
    await Promise.resolve();
    expect(heard).toEqual(['open', 'sync step 1', 'awareness']);

    raw.onmessage!({ data: 'update' });
    raw.onclose!({ code: 1006, reason: '' });
    expect(heard).toEqual(['open', 'sync step 1', 'awareness', 'update', 'close 1006']);
    socket.send(new Uint8Array([1]));
    expect(raw.sent).toHaveLength(1);
    expect(socket.readyState).toBe(1);
  });

  it('is taken once; a second taker opens its own', () => {
    openEarlySocket('ws://x/b');
    openEarlySocket('ws://x/b');
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(takeEarlySocket('ws://x/b')).not.toBeNull();
    expect(takeEarlySocket('ws://x/b')).toBeNull();
    expect(takeEarlySocket('ws://x/other')).toBeNull();
  });

  it('opens no second socket to an address while the one taken is open (a board page started twice)', () => {
    openEarlySocket('ws://x/e');
    const socket = takeEarlySocket('ws://x/e')!;
    openEarlySocket('ws://x/e');
    expect(FakeWebSocket.made).toHaveLength(1);
    expect(takeEarlySocket('ws://x/e')).toBeNull();
    // Closed (the editor left): the next board page opening gets a socket of its own again.
    socket.onclose = () => {};
    FakeWebSocket.made[0]!.onclose!({ code: 1000, reason: '' });
    openEarlySocket('ws://x/e');
    expect(FakeWebSocket.made).toHaveLength(2);
  });

  it('closes a socket nobody takes', () => {
    vi.useFakeTimers();
    openEarlySocket('ws://x/c');
    vi.advanceTimersByTime(16_000);
    expect(FakeWebSocket.made[0]!.closed).toBe(true);
    expect(takeEarlySocket('ws://x/c')).toBeNull();
  });

  it('takes over the socket the boot script opened, with what it heard, and opens no other', async () => {
    const raw = new FakeWebSocket('ws://x/d');
    raw.readyState = 1;
    const planromEarlyStart = {
      startedAt: 0,
      responses: new Map(),
      sockets: new Map([
        [
          'ws://x/d',
          {
            socket: raw,
            events: [
              { type: 'open', event: {} },
              { type: 'message', event: { data: 'sync step 2' } },
            ],
          },
        ],
      ]),
    };
    vi.stubGlobal('window', { planromEarlyStart });
    openEarlySocket('ws://x/d');
    expect(FakeWebSocket.made).toHaveLength(1);
    const socket = takeEarlySocket('ws://x/d')!;
    const heard: string[] = [];
    socket.onopen = () => heard.push('open');
    socket.onmessage = (event) => heard.push(String(event.data));
    await Promise.resolve();
    raw.onmessage!({ data: 'update' });
    expect(heard).toEqual(['open', 'sync step 2', 'update']);
    expect(raw.binaryType).toBe('arraybuffer');
    expect(planromEarlyStart.sockets.size).toBe(0);
  });
});

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { closeCodes } from '../../shared/sync/close-codes';
import { ReconnectingSocket, reconnectDelay, type SocketLike, type SocketStatus } from '../../shared/sync/reconnecting-socket';

// The client lives in shared/ (it compiles without Node's types); its test over real `ws` sockets lives here.

/** A plain WebSocket server on a port that can be stopped and started again. */
async function startSocketServer(port = 0) {
  const http: Server = createServer();
  const sockets = new WebSocketServer({ server: http });
  const connections: WebSocket[] = [];
  const openedAt: number[] = [];
  sockets.on('connection', (socket) => {
    connections.push(socket);
    openedAt.push(Date.now());
    socket.on('message', (data) => socket.send(`echo ${String(data)}`));
  });
  await new Promise<void>((resolve) => http.listen(port, '127.0.0.1', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    connections,
    openedAt,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets.clients) socket.terminate();
        sockets.close();
        http.close(() => resolve());
      }),
  };
}

type SocketServer = Awaited<ReturnType<typeof startSocketServer>>;

describe('reconnecting socket', () => {
  const cleanups: Array<() => unknown> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  function connect(server: SocketServer, options: { maxBackoffMs?: number } = {}) {
    const messages: string[] = [];
    const closes: Array<{ code: number; final: boolean }> = [];
    const statuses: SocketStatus[] = [];
    const client = new ReconnectingSocket({
      url: `ws://127.0.0.1:${server.port}/`,
      createSocket: (url) => new WebSocket(url) as unknown as SocketLike,
      maxBackoffMs: options.maxBackoffMs,
      onOpen: () => {},
      onMessage: (data) => messages.push(String(data)),
      onClose: (code, final) => closes.push({ code, final }),
      onStatus: (status) => statuses.push(status),
    });
    client.connect();
    cleanups.push(() => client.destroy());
    return { client, messages, closes, statuses };
  }

  it('waits longer after each failed attempt, up to the longest wait', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => reconnectDelay(attempt, 4000, middle))).toEqual([250, 500, 1000, 2000, 4000, 4000, 4000]);
    // Spread ±25 % so clients cut off together do not all come back at the same moment.
    expect(reconnectDelay(0, 4000, () => 0)).toBe(187.5);
    expect(reconnectDelay(0, 4000, () => 1)).toBe(312.5);
  });

  it('reconnects with growing waits while the server keeps closing, and sends once open', async () => {
    const server = await startSocketServer();
    cleanups.push(server.stop);
    const { client, messages, closes } = connect(server);
    await vi.waitFor(() => expect(client.status).toBe('ready'));
    expect(client.send('hei')).toBe(true);
    await vi.waitFor(() => expect(messages).toEqual(['echo hei']));

    // The server cuts the client off three times in a row (as a restarting room would).
    for (let cut = 1; cut <= 3; cut++) {
      server.connections.at(-1)!.close(closeCodes.serverRestart, 'server restart');
      await vi.waitFor(() => expect(server.connections).toHaveLength(cut + 1), { timeout: 5000 });
    }
    expect(closes.map((close) => close.final)).toEqual([false, false, false]);
    const waits = server.openedAt.slice(1).map((at, index) => at - server.openedAt[index]!);
    // 250, 500 and 1000 ms ±25 % (plus the time a connection takes).
    expect(waits[0]).toBeGreaterThanOrEqual(180);
    expect(waits[1]).toBeGreaterThanOrEqual(370);
    expect(waits[2]).toBeGreaterThanOrEqual(740);
    expect(waits[2]!).toBeGreaterThan(waits[0]!);
  });

  it('comes back after the server restarts on the same port', async () => {
    const first = await startSocketServer();
    const { client, messages, statuses } = connect(first, { maxBackoffMs: 300 });
    await vi.waitFor(() => expect(client.status).toBe('ready'));
    await first.stop();
    await vi.waitFor(() => expect(client.status).not.toBe('ready'));
    expect(client.send('lost')).toBe(false);

    const second = await startSocketServer(first.port);
    cleanups.push(second.stop);
    await vi.waitFor(() => expect(client.status).toBe('ready'), { timeout: 10_000 });
    expect(statuses).toContain('offline');
    client.send('igjen');
    await vi.waitFor(() => expect(messages).toEqual(['echo igjen']));
  });

  it('stops for good on a close code reconnecting cannot help, and at once reconnects when rights changed', async () => {
    const server = await startSocketServer();
    cleanups.push(server.stop);
    const { client, closes } = connect(server);
    await vi.waitFor(() => expect(client.status).toBe('ready'));

    server.connections[0]!.close(closeCodes.accessChanged, 'access changed');
    await vi.waitFor(() => expect(server.connections).toHaveLength(2));
    // No back-off for a changed role: the reconnect picks up the new rights.
    expect(server.openedAt[1]! - server.openedAt[0]!).toBeLessThan(1000);

    await vi.waitFor(() => expect(client.status).toBe('ready'));
    server.connections[1]!.close(closeCodes.accessRevoked, 'access revoked');
    await vi.waitFor(() => expect(client.status).toBe('closed'));
    expect(client.closedWith).toBe(closeCodes.accessRevoked);
    expect(closes.at(-1)).toEqual({ code: closeCodes.accessRevoked, final: true });
    await new Promise((resolve) => setTimeout(resolve, 400)); // showing that no reconnect follows
    expect(server.connections).toHaveLength(2);
  });
});

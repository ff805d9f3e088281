import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/support/test-server';
import { ApiClient } from '../../test/api-client';
import { CanvasTestClient, flattenMessages, openRawCanvasSession } from '../../test/canvas-client';

const admin = { email: 'drift@planrom.test', password: 'et-langt-passord-123' };

/**
 * The server runs as its own process and is killed with SIGKILL while people edit: no change that
 * any client had seen acknowledged may be lost, and a board reopens in exactly its last state.
 */
describe('canvas durability across SIGKILL', () => {
  let server: TestServer;
  let api: ApiClient;
  let boardId: string;
  const clients: CanvasTestClient[] = [];
  const url = () => `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
  const headers = () => ({ cookie: api.cookieHeader(), origin: server.url });
  const open = (name: string) => {
    const client = new CanvasTestClient({ url: url(), headers: headers(), name, reconnectMs: 200 });
    clients.push(client);
    return client;
  };
  /** The full state the room hands a client that has nothing: records and the server clock. */
  const fullState = async () => {
    const raw = await openRawCanvasSession(url(), headers());
    const connect = raw.received.find((m) => m.type === 'connect') as unknown as { diff: Record<string, unknown>; serverClock: number };
    raw.ws.close();
    const records = Object.fromEntries(Object.entries(connect.diff).filter(([id]) => !id.startsWith('instance_presence')));
    return { records, serverClock: connect.serverClock };
  };

  beforeAll(async () => {
    server = await startTestServer({
      env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password, CANVAS_ROOM_IDLE_SECONDS: '600' },
    });
    api = await new ApiClient(server.url).login(admin.email, admin.password);
    const regionId = (await api.get('/api/regions')).body.regions[0].id;
    boardId = (await api.post(`/api/regions/${regionId}/boards`, { title: 'Krasj', kind: 'canvas' })).body.board.id;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.dispose();
  });

  it('loses no acknowledged change when killed mid-edit, and resends unacknowledged ones', async () => {
    const writers = [open('A'), open('B'), open('C'), open('D')];
    const observer = open('Observatør');
    await Promise.all([...writers, observer].map((c) => c.connected()));

    writers[0]!.addNote('mal', 'Mal');
    await writers[0]!.waitFor(() => !!writers[0]!.shape('mal'));
    const rawNote = writers[0]!.shape('mal');
    const raw = await openRawCanvasSession(url(), headers());
    const created: string[] = [];
    let running = true;
    const writing = (async () => {
      for (let i = 0; running; i += 1) {
        const writer = writers[i % writers.length]!;
        const id = `w${i}`;
        writer.addNote(id, `Lapp ${i}`, { x: (i % 20) * 50, y: Math.floor(i / 20) * 50 });
        created.push(id);
        if (i % 3 === 0) writer.moveShape(`w${Math.max(0, i - 3)}`, i, i);
        raw.send({ type: 'push', clientClock: i, diff: { [`shape:raw${i}`]: ['put', { ...rawNote, id: `shape:raw${i}` }] } });
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    // Two seconds of editing under way when the server is killed: a span of load, not a wait for anything.
    await new Promise((r) => setTimeout(r, 2000));

    // What counts as acknowledged: what the observer received from the room, and pushes the room
    // answered "commit" to.
    const seen = new Set(observer.shapes().map((s) => s.id));
    const committed = flattenMessages(raw.received)
      .filter((m) => m.type === 'push_result' && m.action === 'commit')
      .map((m) => `shape:raw${m.clientClock as number}`);
    await server.stop('SIGKILL');
    running = false;
    await writing;
    expect(seen.size).toBeGreaterThan(20);
    expect(committed.length).toBeGreaterThan(20);

    await server.restart();
    const after = await fullState();
    const missing = [...seen, ...committed].filter((id) => !(id in after.records));
    expect(missing).toEqual([]);

    // The writers kept their unacknowledged notes and send them once the server is back.
    const fresh = open('Etterpå');
    await fresh.connected();
    await fresh.waitFor(() => created.every((id) => !!fresh.shape(id)), 15_000, 'every created note');
  }, 60_000);

  it('reopens a board in exactly the state it had', async () => {
    // Every change the clients made is stored before they leave (leaving changes only presence).
    await Promise.all(clients.map((client) => client.acknowledged(15_000)));
    for (const client of clients) client.close();
    const before = await fullState();
    await server.stop('SIGKILL');
    await server.restart();
    const after = await fullState();
    expect(after.serverClock).toBe(before.serverClock);
    expect(after.records).toEqual(before.records);

    await server.stop('SIGTERM');
    await server.restart();
    expect(await fullState()).toEqual(before);
  }, 60_000);
});

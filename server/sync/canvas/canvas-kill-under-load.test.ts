import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../e2e/support/test-server';
import { openDatabase } from '../../db/client';
import { ApiClient } from '../../test/api-client';
import { CanvasTestClient, flattenMessages, plainText } from '../../test/canvas-client';
import { loadCanvasState } from './load-canvas-state';

const admin = { email: 'drift@planrom.test', password: 'et-langt-passord-123' };
const writerCount = 20;

type Op = [string, Record<string, unknown>];
type Message = { type: string; [key: string]: unknown };

/**
 * One of twenty people editing: tldraw's own client, plus a record of every change the room
 * acknowledged to it (a push answered "commit" or "rebasedCommit"), change by change.
 */
class RecordingWriter {
  readonly client: CanvasTestClient;
  /** The pushes sent, by their client clock. */
  private readonly sent = new Map<number, Record<string, Op>>();
  /** Per note: its text and the largest x the room acknowledged. */
  readonly acknowledged = new Map<string, { text?: string; x?: number }>();
  readonly created: string[] = [];
  private moves = 0;

  constructor(
    readonly index: number,
    options: ConstructorParameters<typeof CanvasTestClient>[0],
  ) {
    this.client = new CanvasTestClient(options);
    const socket = this.client.socket;
    const send = socket.sendMessage.bind(socket);
    socket.sendMessage = (message) => {
      const push = message as Message;
      if (push.type === 'push' && push.diff) this.sent.set(push.clientClock as number, push.diff as Record<string, Op>);
      send(message);
    };
    socket.onReceiveMessage((message) => {
      for (const m of flattenMessages([message as Message])) {
        if (m.type !== 'push_result' || (m.action !== 'commit' && m.action !== 'rebasedCommit')) continue;
        for (const [id, op] of Object.entries(this.sent.get(m.clientClock as number) ?? {})) this.noteAcknowledged(id, op);
      }
    });
  }

  private noteAcknowledged(id: string, [kind, value]: Op) {
    if (!id.startsWith(`shape:c${this.index}-`)) return;
    const entry = this.acknowledged.get(id) ?? {};
    if (kind === 'put') {
      entry.text = plainText(value as never);
      entry.x = Math.max(entry.x ?? -Infinity, value.x as number);
    } else if (kind === 'patch' && Array.isArray(value.x) && value.x[0] === 'put') {
      entry.x = Math.max(entry.x ?? -Infinity, value.x[1] as number);
    }
    this.acknowledged.set(id, entry);
  }

  /** A new note, or a move of one of its own notes (always further right). */
  edit(step: number) {
    if (step % 3 === 2 && this.created.length > 0) {
      this.moves += 1;
      const id = this.created[this.moves % this.created.length]!;
      this.client.moveShape(id, 1000 + step * 10, this.index * 100);
      return;
    }
    const id = `c${this.index}-${this.created.length}`;
    this.client.addNote(id, `Lapp ${id}`, { x: step * 10, y: this.index * 100 });
    this.created.push(id);
  }
}

/**
 * The server is its own process, killed with SIGKILL while twenty people edit one canvas board:
 * every change the room acknowledged is in the database, checked change by change; when it comes
 * back, everyone reconnects by themselves, the edits made during the outage arrive, and all end
 * up with the same board.
 */
describe('canvas: SIGKILL while twenty people edit', () => {
  let server: TestServer;
  let api: ApiClient;
  let boardId: string;
  const writers: RecordingWriter[] = [];

  beforeAll(async () => {
    server = await startTestServer({
      env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password, CANVAS_ROOM_IDLE_SECONDS: '600' },
    });
    api = await new ApiClient(server.url).login(admin.email, admin.password);
    const regionId = (await api.get('/api/regions')).body.regions[0].id;
    boardId = (await api.post(`/api/regions/${regionId}/boards`, { title: 'Tjue samtidig', kind: 'canvas' })).body.board.id;
  });
  afterAll(async () => {
    for (const writer of writers) writer.client.close();
    await server?.dispose();
  });

  it('keeps every acknowledged change, then reconnects everyone to one converged board', async () => {
    const url = `${server.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
    const headers = { cookie: api.cookieHeader(), origin: server.url };
    for (let i = 0; i < writerCount; i += 1) {
      writers.push(new RecordingWriter(i, { url, headers, name: `Person ${i}`, reconnectMs: 250 }));
    }
    await Promise.all(writers.map((w) => w.client.connected(20_000)));

    const acknowledged = () => writers.reduce((sum, w) => sum + w.acknowledged.size, 0);
    let step = 0;
    const editRound = () => {
      for (const writer of writers) writer.edit(step);
      step += 1;
    };
    // At least 2.5 s of editing, longer on a busy machine until enough was acknowledged.
    const started = Date.now();
    while (Date.now() - started < 2500 || (acknowledged() < writerCount * 3 && Date.now() - started < 15_000)) {
      editRound();
      await new Promise((r) => setTimeout(r, 60));
    }
    await server.stop('SIGKILL');
    expect(acknowledged()).toBeGreaterThanOrEqual(writerCount * 3);

    // The store itself, read while the server is down: every acknowledged change is there.
    const database = await openDatabase(server.databaseUrl);
    const stored = await loadCanvasState(database.db, boardId);
    database.close();
    const records = new Map((stored?.snapshot.documents ?? []).map(({ state }) => [state.id as string, state as unknown as { x: number; props: object }]));
    const lost: string[] = [];
    for (const writer of writers) {
      for (const [id, expected] of writer.acknowledged) {
        const record = records.get(id);
        if (!record) lost.push(`${id} missing`);
        else if (expected.text !== undefined && plainText(record as never) !== expected.text) lost.push(`${id} text`);
        else if (expected.x !== undefined && record.x < expected.x) lost.push(`${id} x ${record.x} < ${expected.x}`);
      }
    }
    expect(lost).toEqual([]);

    // Everyone keeps editing during the outage; those edits wait in the clients.
    for (let i = 0; i < 3; i += 1) editRound();
    await server.restart();

    const converged = async () => {
      const everyNote = writers.flatMap((w) => w.created.map((id) => `shape:${id}`));
      await writers[0]!.client.waitFor(
        () => {
          if (!writers.every((w) => w.client.isConnected)) return false;
          const first = fingerprint(writers[0]!.client);
          return writers.every((w) => fingerprint(w.client) === first) && everyNote.every((id) => first.includes(`"${id}"`));
        },
        40_000,
        'all twenty clients to reconnect and converge',
      );
    };
    const fingerprint = (client: CanvasTestClient) =>
      JSON.stringify(
        client
          .shapes()
          .map((s) => [s.id, s.x, plainText(s)])
          .sort(),
      );
    await converged();

    // A planned restart (SIGTERM) while everyone is connected: the same again.
    await server.stop('SIGTERM');
    for (let i = 0; i < 3; i += 1) editRound();
    await server.restart();
    await converged();

    // And a newcomer gets that same board from the server.
    const newcomer = new CanvasTestClient({ url, headers, name: 'Ny' });
    await newcomer.connected();
    await newcomer.waitFor(() => fingerprint(newcomer) === fingerprint(writers[0]!.client), 10_000, 'the newcomer to see the same board');
    newcomer.close();
  }, 90_000);
});

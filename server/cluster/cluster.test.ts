import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { ApiClient } from '../test/api-client';
import { CanvasTestClient, flattenMessages, plainText } from '../test/canvas-client';
import { haproxyBinary, haproxyInstalled, startPlanromCluster, type ClusterProcess, type PlanromCluster } from '../test/planrom-cluster';
import { loadCanvasState } from '../sync/canvas/load-canvas-state';
import { closeCodes } from '../../shared/sync/close-codes';

const admin = { email: 'drift@planrom.test', password: 'et-langt-passord-123' };

if (!haproxyInstalled()) {
  if (process.env.CI) throw new Error(`The cluster test needs HAProxy at ${haproxyBinary} (.ci/run installs Debian's haproxy).`);
  console.warn(`Skipping the cluster test: HAProxy is not installed (${haproxyBinary}). Install it with: sudo apt-get install haproxy`);
}

type Message = { type: string; [key: string]: unknown };

/** Which process took a board socket: the `X-Planrom-Process` header of its upgrade answer. */
async function socketProcess(cluster: PlanromCluster, url: string, headers: Record<string, string>): Promise<ClusterProcess | undefined> {
  const ws = new WebSocket(`${url}?sessionId=probe-${Date.now()}`, { headers });
  const response = await new Promise<{ headers: Record<string, unknown> }>((resolve, reject) => {
    ws.once('upgrade', (res) => resolve({ headers: res.headers }));
    // Which process refused, and what HAProxy and the processes said then, for the test's failure.
    ws.once('unexpected-response', (_req, res) => {
      ws.terminate();
      const answeredBy = cluster.processOf(res)?.processId ?? 'no Planrom process (HAProxy itself)';
      reject(new Error(`The board's socket was answered ${res.statusCode} by ${answeredBy}. The cluster's output:\n${cluster.output().slice(-4000)}`));
    });
    ws.once('error', reject);
  });
  ws.close();
  return cluster.processOf(response);
}

/** A person editing through tldraw's own client, with every note the room acknowledged to them. */
class Writer {
  readonly client: CanvasTestClient;
  private readonly sent = new Map<number, string[]>();
  readonly acknowledged = new Map<string, string>();
  private notes = 0;

  constructor(
    readonly index: number,
    options: ConstructorParameters<typeof CanvasTestClient>[0],
  ) {
    this.client = new CanvasTestClient(options);
    const socket = this.client.socket;
    const send = socket.sendMessage.bind(socket);
    socket.sendMessage = (message) => {
      const push = message as Message;
      if (push.type === 'push' && push.diff) this.sent.set(push.clientClock as number, Object.keys(push.diff as object));
      send(message);
    };
    socket.onReceiveMessage((message) => {
      for (const m of flattenMessages([message as Message])) {
        if (m.type !== 'push_result' || (m.action !== 'commit' && m.action !== 'rebasedCommit')) continue;
        for (const id of this.sent.get(m.clientClock as number) ?? []) {
          if (id.startsWith(`shape:w${this.index}-`)) this.acknowledged.set(id, `Lapp ${id.slice('shape:'.length)}`);
        }
      }
    });
  }

  addNote(): void {
    const id = `w${this.index}-${this.notes++}`;
    this.client.addNote(id, `Lapp ${id}`, { x: this.notes * 20, y: this.index * 100 });
  }
}

describe.skipIf(!haproxyInstalled())('two Planrom processes behind HAProxy', () => {
  let cluster: PlanromCluster;
  let api: ApiClient;
  let regionId: string;
  /** A canvas board held by each process, by process id. */
  const boardOn = new Map<string, string>();
  const clients: CanvasTestClient[] = [];
  const wsUrl = (boardId: string) => `${cluster.url.replace('http', 'ws')}/api/boards/${boardId}/canvas/sync`;
  const headers = () => ({ cookie: api.cookieHeader(), origin: cluster.url });

  beforeAll(async () => {
    cluster = await startPlanromCluster({
      processes: 2,
      env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password, CANVAS_ROOM_IDLE_SECONDS: '600' },
    });
    api = await new ApiClient(cluster.url).login(admin.email, admin.password);
    regionId = (await api.get('/api/regions')).body.regions[0].id;
  }, 240_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    if (cluster && process.env.CLUSTER_TEST_LOG) console.log(cluster.output());
    await cluster?.dispose();
  });

  it('sends every request and socket of a board to one process, and boards to both', async () => {
    for (let i = 0; i < 40 && boardOn.size < 2; i += 1) {
      const created = await api.post(`/api/regions/${regionId}/boards`, { title: `Tavle ${i}`, kind: 'canvas' });
      expect(created.status).toBe(201);
      const boardId = created.body.board.id as string;
      const owners = new Set<string | undefined>();
      for (let j = 0; j < 4; j += 1) {
        owners.add(cluster.processOf(await api.get(`/api/boards/${boardId}`))?.processId);
        owners.add((await socketProcess(cluster, wsUrl(boardId), headers()))?.processId);
        // Its page too, where the board's room is open to draw its picture from.
        owners.add(cluster.processOf(await api.get(`/tavler/${boardId}`))?.processId);
      }
      expect(owners.size).toBe(1);
      const [owner] = [...owners];
      expect(owner).toBeDefined();
      if (!boardOn.has(owner!)) boardOn.set(owner!, boardId);
    }
    expect(boardOn.size).toBe(2);

    // Three people on each board: each board's room is open on its own process only.
    for (const boardId of boardOn.values()) {
      for (let i = 0; i < 3; i += 1) clients.push(new CanvasTestClient({ url: wsUrl(boardId), headers: headers(), name: `P${i}` }));
    }
    await Promise.all(clients.map((c) => c.connected(30_000)));
    const database = await openDatabase(cluster.databaseUrl);
    try {
      for (const [processId, boardId] of boardOn) {
        const claims = await database.client.execute({ sql: 'SELECT kind, process_id FROM room_claims WHERE board_id = ?', args: [boardId] });
        expect(claims.rows.map((row) => [row.kind, row.process_id])).toEqual([['canvas', processId]]);
      }
    } finally {
      database.close();
    }
  }, 120_000);

  it("closes a guest's socket on one process within 2 s of the share link's revocation on the other", async () => {
    const [guestProcess, otherProcess] = cluster.processes;
    const boardId = boardOn.get(guestProcess!.processId)!;
    const link = await api.post(`/api/boards/${boardId}/share-links`, { access: 'edit' });
    expect(link.status).toBe(201);
    const guest = new ApiClient(cluster.url);
    const token = String(link.body.shareLink.path).split('/').pop();
    expect((await guest.post(`/api/share/${token}/open`)).status).toBe(200);
    const guestClient = new CanvasTestClient({
      url: wsUrl(boardId),
      headers: { cookie: guest.cookieHeader(), origin: cluster.url },
      name: 'Gjest',
      reconnectMs: 60_000,
    });
    clients.push(guestClient);
    await guestClient.connected(30_000);
    expect((await socketProcess(cluster, wsUrl(boardId), { cookie: guest.cookieHeader(), origin: cluster.url }))?.processId).toBe(guestProcess!.processId);

    // The administrator revokes the link on the other process, straight to it (not through HAProxy).
    const direct = await new ApiClient(otherProcess!.url).login(admin.email, admin.password);
    const revokedAt = Date.now();
    const revoked = await direct.delete(`/api/share-links/${link.body.shareLink.id}`);
    expect(revoked.status).toBeLessThan(300);
    expect(cluster.processOf(revoked)?.processId).toBe(otherProcess!.processId);
    await guestClient.waitFor(() => guestClient.socket.closeCodes.includes(closeCodes.shareLinkRevoked), 5_000, 'the guest socket to close');
    expect(Date.now() - revokedAt).toBeLessThan(2_000);
  }, 60_000);

  it('lists a board written on one process at once on the other, whose list was kept', async () => {
    const [writing, listing] = cluster.processes;
    const onWriter = await new ApiClient(writing!.url).login(admin.email, admin.password);
    const onLister = await new ApiClient(listing!.url).login(admin.email, admin.password);
    const list = async () => {
      const response = await onLister.get(`/api/regions/${regionId}/boards`);
      expect(cluster.processOf(response)?.processId).toBe(listing!.processId);
      return response.body.boards as Array<{ id: string; title: string }>;
    };
    // Asked twice, so the listing process keeps the list.
    await list();
    const before = await list();

    const created = await onWriter.post(`/api/regions/${regionId}/boards`, { title: 'Laget på den andre', kind: 'diagram' });
    expect(cluster.processOf(created)?.processId).toBe(writing!.processId);
    const boardId = created.body.board.id as string;
    expect((await list()).map((b) => b.id)).toEqual([boardId, ...before.map((b) => b.id)]);
    await onWriter.patch(`/api/boards/${boardId}`, { title: 'Omdøpt på den andre' });
    expect((await list())[0]).toMatchObject({ id: boardId, title: 'Omdøpt på den andre' });
    await onWriter.post(`/api/boards/${boardId}/archive`);
    expect((await list()).map((b) => b.id)).toEqual(before.map((b) => b.id));
  }, 60_000);

  it('moves a busy board to the other process when its process is killed, with every acknowledged change', async () => {
    const [victim, survivor] = cluster.processes;
    const boardId = boardOn.get(victim!.processId)!;
    const writers: Writer[] = [];
    for (let i = 0; i < 6; i += 1) writers.push(new Writer(i, { url: wsUrl(boardId), headers: headers(), name: `Skriver ${i}`, reconnectMs: 250 }));
    clients.push(...writers.map((w) => w.client));
    await Promise.all(writers.map((w) => w.client.connected(30_000)));
    const acknowledged = () => writers.reduce((sum, w) => sum + w.acknowledged.size, 0);
    const started = Date.now();
    while (Date.now() - started < 2000 || (acknowledged() < writers.length * 5 && Date.now() - started < 15_000)) {
      for (const writer of writers) writer.addNote();
      await new Promise((r) => setTimeout(r, 80));
    }
    const closedBefore = writers.map((w) => w.client.socket.closeCodes.length);
    await victim!.kill('SIGKILL');
    const before = acknowledged();
    expect(before).toBeGreaterThanOrEqual(writers.length * 5);

    // Everyone reconnects through HAProxy to the survivor, which opens the board from the database. The
    // process's exit can be seen here before the sockets' close: each writer must have lost its connection first.
    await writers[0]!.client.waitFor(
      () => writers.every((w, i) => w.client.socket.closeCodes.length > closedBefore[i]! && w.client.isConnected),
      30_000,
      'every writer to lose its connection and reconnect',
    );
    for (const writer of writers) writer.addNote();
    expect((await socketProcess(cluster, wsUrl(boardId), headers()))?.processId).toBe(survivor!.processId);
    expect(cluster.processOf(await api.get(`/api/boards/${boardId}`))?.processId).toBe(survivor!.processId);
    const everyNote = () => writers.flatMap((w) => [...w.acknowledged.keys()]);
    await writers[0]!.client.waitFor(
      () =>
        acknowledged() >= before + writers.length && writers.every((w) => everyNote().every((id) => w.client.shape(id.slice('shape:'.length)) !== undefined)),
      30_000,
      'every acknowledged note to be on every writer',
    );

    // The store itself has every change acknowledged before and after the kill.
    await expectStored(boardId, writers, survivor!.processId);
    busy = { boardId, writers };
  }, 120_000);

  it('moves the board back when the killed process returns, the survivor letting go first, with every acknowledged change', async () => {
    const [returning, survivor] = cluster.processes;
    const { boardId, writers } = busy!;
    await returning!.restart();
    // HAProxy takes it for up again after two good health checks, and hashes the board to it again.
    const deadline = Date.now() + 30_000;
    while (cluster.processOf(await api.get(`/api/boards/${boardId}`))?.processId !== returning!.processId) {
      if (Date.now() > deadline) throw new Error('HAProxy did not move the board back');
      await new Promise((r) => setTimeout(r, 100));
    }
    // People keep writing while a newcomer's connection opens the board on the returning process.
    const acknowledged = () => writers.reduce((sum, w) => sum + w.acknowledged.size, 0);
    const before = acknowledged();
    const writing = setInterval(() => writers.forEach((w) => w.addNote()), 100);
    try {
      const newcomer = new CanvasTestClient({ url: wsUrl(boardId), headers: headers(), name: 'Ny', reconnectMs: 250 });
      clients.push(newcomer);
      await newcomer.connected(30_000);
      // The survivor closed its room and told its people to reconnect; they are on the returning process now.
      await writers[0]!.client.waitFor(
        () => writers.every((w) => w.client.socket.closeCodes.includes(closeCodes.serverRestart) && w.client.isConnected),
        30_000,
        'every writer to be moved and reconnected',
      );
      await writers[0]!.client.waitFor(() => acknowledged() >= before + writers.length * 3, 30_000, 'writes on the returning process');
    } finally {
      clearInterval(writing);
    }
    expect((await socketProcess(cluster, wsUrl(boardId), headers()))?.processId).toBe(returning!.processId);
    const everyNote = () => writers.flatMap((w) => [...w.acknowledged.keys()]);
    await writers[0]!.client.waitFor(
      () => writers.every((w) => everyNote().every((id) => w.client.shape(id.slice('shape:'.length)) !== undefined)),
      30_000,
      'every acknowledged note to be on every writer',
    );
    await expectStored(boardId, writers, returning!.processId);
    expect(survivor!.alive()).toBe(true);
  }, 120_000);

  let busy: { boardId: string; writers: Writer[] } | null = null;

  /** Every change the room acknowledged to the writers is in the database, and `holder` holds the room. */
  async function expectStored(boardId: string, writers: Writer[], holder: string) {
    const database = await openDatabase(cluster.databaseUrl);
    try {
      const stored = await loadCanvasState(database.db, boardId);
      const shapes = (stored?.snapshot.documents ?? []).filter(({ state }) => state.typeName === 'shape');
      const texts = new Map(shapes.map(({ state }) => [state.id as string, plainText(state as never)]));
      const lost = writers.flatMap((w) => [...w.acknowledged].filter(([id, text]) => texts.get(id) !== text).map(([id]) => id));
      expect(lost).toEqual([]);
      const claims = await database.client.execute({ sql: "SELECT process_id FROM room_claims WHERE kind = 'canvas' AND board_id = ?", args: [boardId] });
      expect(claims.rows.map((row) => row.process_id)).toEqual([holder]);
    } finally {
      database.close();
    }
  }
});

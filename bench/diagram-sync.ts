import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { diagramMaps, nodeToY } from '../shared/diagram/diagram-ydoc';
import { diagramSocketPath } from '../shared/sync/diagram-protocol';
import { freePort, startTestServer } from '../e2e/support/test-server';
import { ApiClient } from '../server/test/api-client';
import { DiagramProvider, type SocketLike } from '../web/src/features/diagram/sync/diagram-provider';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const root = fileURLToPath(new URL('..', import.meta.url));
const admin = { email: 'bench@planrom.test', password: 'bench-passord-1' };
/** Changes per second on each board (a busy workshop), spread over its clients. */
const changesPerSecond = 10;
const measureSeconds = 6;
const warmupSeconds = 1;
const scenarios = [
  { boards: 1, clientsPerBoard: 2 },
  { boards: 1, clientsPerBoard: 20 },
  { boards: 1, clientsPerBoard: 50 },
  { boards: 10, clientsPerBoard: 2 },
  { boards: 10, clientsPerBoard: 20 },
  { boards: 10, clientsPerBoard: 50 },
];

interface Target {
  name: string;
  /** The socket URL for a board. */
  url(boardId: string): string;
  headers: Record<string, string>;
}

interface Result {
  p50: number;
  p95: number;
  p99: number;
  deliveries: number;
  expected: number;
}

async function startBareRelay() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/support/bare-yjs-relay.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Connects one client exactly as the editor does (the same provider), and waits for its first sync. */
async function connect(target: Target, boardId: string) {
  const doc = new Y.Doc();
  const provider = new DiagramProvider(doc, {
    url: target.url(boardId),
    createSocket: (url) => new WebSocket(url, { headers: target.headers }) as unknown as SocketLike,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target.name}: no sync`)), 20_000);
    provider.onSynced((synced) => {
      if (!synced) return;
      clearTimeout(timer);
      resolve();
    });
  });
  return { doc, provider };
}

/**
 * Every client of a board watches one field; one client at a time (round robin) changes it with a
 * sequence number; each other client records how long after the change it saw it. Same process,
 * same clock, so the latency is end to end: client → server (store, relay) → client.
 */
async function measure(target: Target, boardIds: string[], clientsPerBoard: number): Promise<Result> {
  /** Send time of each change, and whether it was sent while recording (only those are counted). */
  const sent = new Map<string, { at: number; counted: boolean }>();
  const latencies: number[] = [];
  let recording = false;
  let expected = 0;
  const boards = [];
  for (const boardId of boardIds) {
    const clients = [];
    for (let i = 0; i < clientsPerBoard; i++) clients.push(await connect(target, boardId));
    diagramMaps(clients[0]!.doc).nodes.set('probe', nodeToY({ id: 'probe', type: 'fritekst', position: { x: 0, y: 0 }, data: { text: '' } }));
    boards.push({ boardId, clients });
  }
  await new Promise((r) => setTimeout(r, 500));
  for (const { boardId, clients } of boards) {
    for (const client of clients) {
      diagramMaps(client.doc).nodes.observeDeep((_events, transaction) => {
        if (transaction.local) return;
        const text = (diagramMaps(client.doc).nodes.get('probe')?.get('data') as Y.Map<unknown> | undefined)?.get('text');
        const change = sent.get(`${boardId}:${String(text)}`);
        if (change?.counted) latencies.push(performance.now() - change.at);
      });
    }
  }
  const timers: NodeJS.Timeout[] = [];
  boards.forEach(({ boardId, clients }, boardIndex) => {
    let sequence = 0;
    // Boards start out of step, as real boards would.
    const start = setTimeout(() => {
      timers.push(
        setInterval(() => {
          sequence += 1;
          const writer = clients[sequence % clients.length]!;
          sent.set(`${boardId}:${sequence}`, { at: performance.now(), counted: recording });
          if (recording) expected += clients.length - 1;
          (diagramMaps(writer.doc).nodes.get('probe')!.get('data') as Y.Map<unknown>).set('text', String(sequence));
        }, 1000 / changesPerSecond),
      );
    }, (boardIndex * 1000) / changesPerSecond / boards.length);
    timers.push(start);
  });
  await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
  recording = true;
  await new Promise((r) => setTimeout(r, measureSeconds * 1000));
  recording = false;
  for (const timer of timers) clearInterval(timer);
  // Late deliveries of the last changes still count.
  await new Promise((r) => setTimeout(r, 2000));
  for (const { clients } of boards) {
    for (const client of clients) {
      client.provider.destroy();
      client.doc.destroy();
    }
  }
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    deliveries: latencies.length,
    expected,
  };
}

/**
 * Change propagation between diagram clients through Planrom (authorized sockets, every update
 * stored in libSQL before it is relayed) against a bare in-memory relay of the same y-protocols
 * framing, measured with the same client code in the same run.
 */
export const diagramSync: BenchSuite = {
  name: 'diagram-sync',
  title: 'Diagram boards: change propagation between clients',
  async run() {
    const loadBefore = loadavg()[0]!;
    const server = await startTestServer({ env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password, LOG_LEVEL: 'error' } });
    const bare = await startBareRelay();
    try {
      const client = await new ApiClient(server.url).login(admin.email, admin.password);
      const regionId = (await client.get('/api/regions')).body.regions[0].id;
      const planrom: Target = {
        name: 'Planrom',
        url: (boardId) => `${server.url.replace('http', 'ws')}${diagramSocketPath(boardId)}`,
        headers: { cookie: client.cookieHeader(), origin: server.url },
      };
      const floor: Target = { name: 'bare relay', url: (boardId) => `${bare.url}${diagramSocketPath(boardId)}`, headers: {} };
      // One unrecorded round per server first, so neither is measured while its JIT warms up.
      const warmBoard = (await client.post(`/api/regions/${regionId}/boards`, { title: 'Bench warm-up', kind: 'diagram' })).body.board.id;
      for (const target of [planrom, floor]) await measure(target, [warmBoard], 5);
      const rows: Array<Array<string | number>> = [];
      for (const scenario of scenarios) {
        const boardIds: string[] = [];
        for (let i = 0; i < scenario.boards; i++) {
          boardIds.push((await client.post(`/api/regions/${regionId}/boards`, { title: `Bench ${i}`, kind: 'diagram' })).body.board.id);
        }
        const label = scenario.boards === 1 ? `${scenario.clientsPerBoard} clients, 1 board` : `${scenario.clientsPerBoard} clients × ${scenario.boards} boards`;
        for (const target of [planrom, floor]) {
          console.log(`  ${label}: ${target.name}`);
          const result = await measure(target, boardIds, scenario.clientsPerBoard);
          rows.push([
            label,
            target.name,
            ms(result.p50),
            ms(result.p95),
            ms(result.p99),
            `${result.deliveries} / ${result.expected}`,
          ]);
        }
      }
      return [
        `Each board gets ${changesPerSecond} changes per second (one field of one node, written by its clients in turn); ` +
          `every other client of the board records when it sees each change. ${measureSeconds} s measured after ${warmupSeconds} s warm-up per row. ` +
          'Clients are the editor\'s own `DiagramProvider` over `ws`, all in the benchmark process; Planrom runs as its own process ' +
          '(authorized socket, update appended to libSQL synchronously before relaying); the floor is a bare in-memory relay of the same ' +
          'y-protocols framing (no authorization, no storage), also its own process. Server, relay and clients share this machine.',
        '',
        table(['clients', 'server', 'p50', 'p95', 'p99', 'changes seen / expected'], rows),
        '',
        `Load average (1 min) before and after: ${loadBefore.toFixed(1)} and ${loadavg()[0]!.toFixed(1)}.`,
      ].join('\n');
    } finally {
      bare.stop();
      await server.dispose();
    }
  },
};

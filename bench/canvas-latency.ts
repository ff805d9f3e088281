import './support/animation-frames';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startTestServer } from '../e2e/support/test-server';
import { ApiClient } from '../server/test/api-client';
import { CanvasTestClient } from '../server/test/canvas-client';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const root = fileURLToPath(new URL('..', import.meta.url));
const admin = { email: 'bench@planrom.test', password: 'bench-passord-1' };

interface Scenario {
  label: string;
  boards: number;
  clientsPerBoard: number;
}

const scenarios: Scenario[] = [
  { label: '2 clients, 1 board', boards: 1, clientsPerBoard: 2 },
  { label: '20 clients, 1 board', boards: 1, clientsPerBoard: 20 },
  { label: '50 clients, 1 board', boards: 1, clientsPerBoard: 50 },
  { label: '10 boards × 5 clients', boards: 10, clientsPerBoard: 5 },
];
const changesPerBoard = 40;
const intervalMs = 150;

interface Target {
  /** Where client `i` of board `b` connects (without the session id) and with which headers. */
  endpoint(board: number): Promise<{ url: string; headers: Record<string, string> }>;
}

const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

/**
 * Propagation latency as people feel it: one person moves a note; the time until every other
 * client on the board has applied the move. All clients are tldraw's own TLSyncClient (sending and
 * applying at its 30 fps) in this process; the server runs as its own process.
 */
async function measure(target: Target, scenario: Scenario): Promise<{ latencies: number[]; missing: number }> {
  const boards: CanvasTestClient[][] = [];
  for (let b = 0; b < scenario.boards; b += 1) {
    const { url, headers } = await target.endpoint(b);
    boards.push(Array.from({ length: scenario.clientsPerBoard }, () => new CanvasTestClient({ url, headers, reconnectMs: 1000 })));
  }
  const everyone = boards.flat();
  try {
    await Promise.all(everyone.map((client) => client.connected(30_000)));
    for (const clients of boards) clients[0]!.addNote('bench', 'Måling');
    await Promise.all(everyone.map((client) => client.waitFor(() => !!client.shape('bench'), 30_000, 'bench note')));

    const sent = new Map<number, { at: number; by: CanvasTestClient }>();
    const latencies: number[] = [];
    const stops = everyone.map((client) =>
      client.store.listen(
        ({ changes }) => {
          for (const [, after] of Object.values(changes.updated)) {
            const x = (after as { id: string; x?: number }).x;
            const move = x === undefined ? undefined : sent.get(x);
            // The mover's own client hears its move confirmed; only the others count.
            if (move && move.by !== client && after.id === 'shape:bench') latencies.push(performance.now() - move.at);
          }
        },
        { source: 'remote', scope: 'document' },
      ),
    );
    let marker = 10_000;
    await Promise.all(
      boards.map(async (clients, b) => {
        await sleep(b * (intervalMs / scenario.boards));
        for (let i = 0; i < changesPerBoard; i += 1) {
          marker += 1;
          const mover = clients[i % clients.length]!;
          sent.set(marker, { at: performance.now(), by: mover });
          mover.moveShape('bench', marker, 0);
          await sleep(intervalMs);
        }
      }),
    );
    const expected = scenario.boards * changesPerBoard * (scenario.clientsPerBoard - 1);
    const deadline = Date.now() + 10_000;
    while (latencies.length < expected && Date.now() < deadline) await sleep(50);
    for (const stop of stops) stop();
    return { latencies, missing: expected - latencies.length };
  } finally {
    for (const client of everyone) client.close();
    await sleep(500);
  }
}

async function startBareTldraw() {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/support/bare-tldraw-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Canvas change propagation through Planrom's rooms against a bare in-memory TLSocketRoom. */
export const canvasLatency: BenchSuite = {
  name: 'canvas-latency',
  title: 'Canvas boards: change propagation between clients',
  async run() {
    const server = await startTestServer({
      env: { PLANROM_ADMIN_EMAIL: admin.email, PLANROM_ADMIN_PASSWORD: admin.password, LOG_LEVEL: 'error' },
    });
    const bare = await startBareTldraw();
    try {
      const api = await new ApiClient(server.url).login(admin.email, admin.password);
      const regionId = (await api.get('/api/regions')).body.regions[0].id;
      const planrom: Target = {
        async endpoint() {
          const board = await api.post(`/api/regions/${regionId}/boards`, { title: 'Måling', kind: 'canvas' });
          return {
            url: `${server.url.replace('http', 'ws')}/api/boards/${board.body.board.id}/canvas/sync`,
            headers: { cookie: api.cookieHeader(), origin: server.url },
          };
        },
      };
      let room = 0;
      const floor: Target = {
        async endpoint() {
          room += 1;
          return { url: `${bare.url}/rooms/room-${room}-${Date.now()}`, headers: {} };
        },
      };
      const rows: Array<Array<string | number>> = [];
      for (const scenario of scenarios) {
        const ours = await measure(planrom, scenario);
        const theirs = await measure(floor, scenario);
        for (const [name, result] of [
          ['Planrom', ours],
          ['bare TLSocketRoom (floor)', theirs],
        ] as const) {
          rows.push([
            scenario.label,
            name,
            ms(percentile(result.latencies, 50)),
            ms(percentile(result.latencies, 95)),
            result.latencies.length,
            result.missing,
          ]);
        }
        console.log(`  ${scenario.label}: done`);
      }
      return [
        `One client moves a note every ${intervalMs} ms per board (${changesPerBoard} moves per board, the mover rotating ` +
          'through the clients); latency is the time until each other client on that board has applied the move. ' +
          'Every client is tldraw’s own TLSyncClient (30 fps send and apply) in the benchmark process; each server runs ' +
          'as its own process on this machine. Planrom: authorized socket, zod envelope check, limits, and every change ' +
          'written to libSQL before it is acknowledged. Floor: the same client code against a bare in-memory TLSocketRoom ' +
          'with no auth and no persistence.',
        '',
        table(['scenario', 'server', 'p50', 'p95', 'samples', 'not seen'], rows),
      ].join('\n');
    } finally {
      bare.stop();
      await server.dispose();
    }
  },
};

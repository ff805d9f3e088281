import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../e2e/support/test-server';
import { startPlanrom } from './support/planrom-process';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { measureLoad, type LoadResult } from './support/load';
import { startCanvasWriters, startOtherProcessWriter, startRenamer, type BackgroundWriter } from './support/background-writers';
import { topCosts } from './support/cpu-profile';
import { profilerClockMicros, selfTimeFromProfileFolder } from './support/node-cpu-profile';
import { ms, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const root = fileURLToPath(new URL('..', import.meta.url));
const boardsInRegion = 100;
const load = { concurrency: 16, seconds: 5 };
const warmUp = { concurrency: 16, seconds: 1 };
// BENCH_REST_PROFILE=1 records Planrom's CPU profile (V8's sampler, every 250 µs) and lists the
// functions with the most self time while it was under load (profiling slows it a little).
const profile = process.env.BENCH_REST_PROFILE === '1';

async function startBareHono(bodyFile: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/support/bare-hono-server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), BODY_FILE: bodyFile },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

const row = (condition: string, name: string, r: LoadResult, floor?: LoadResult) => [
  condition,
  name,
  r.perSecond.toFixed(0),
  ms(r.p50),
  ms(r.p95),
  ms(r.p99),
  r.errors,
  floor ? `${((r.perSecond / floor.perSecond) * 100).toFixed(0)} %` : '',
];

/** What else happens on the server while the list is measured (the background writes). */
interface Condition {
  name: string;
  start(): Promise<BackgroundWriter | null>;
}

// A busy server: rooms elsewhere commit 200 times a second. (The load loops ask for the list far more
// often than people do, so on a live server a larger share of the requests follows some commit.)
const busyPeople = 10;
const changesPerPerson = 20;
// The cluster bench's 200 people at 2 changes a second, on another process.
const otherProcessChangesPerSecond = 400;
const renamesPerSecond = 10;

/** Listing a region's boards (auth, session lookup, query, presenter) against a bare Hono handler. */
export const restThroughput: BenchSuite = {
  name: 'rest',
  title: 'REST throughput: listing a region’s boards',
  async run() {
    // Request logging stays on, as in a default deployment.
    const profileDir = profile ? mkdtempSync(join(tmpdir(), 'planrom-rest-profile-')) : null;
    const execArgv = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=250'] : [];
    const server = await startPlanrom({ env: { ...benchAdminEnv, LOG_LEVEL: 'info' }, nodeArgs: execArgv });
    const windows: Array<{ name: string; from: number; to: number }> = [];
    try {
      const { api: client, regionId } = await logInBenchAdmin(server);
      const boardIds: string[] = [];
      for (let i = 0; i < boardsInRegion; i++) {
        const created = await client.post(`/api/regions/${regionId}/boards`, { title: `Tavle ${i}`, kind: i % 2 ? 'canvas' : 'diagram' });
        boardIds.push(created.body.board.id);
      }
      // Another region with canvas boards, for rooms that save changes while the list is read.
      const otherRegion = await client.post('/api/regions', { name: 'Et annet samarbeid' });
      const busyBoards: string[] = [];
      for (let i = 0; i < busyPeople; i++) {
        const board = await client.post(`/api/regions/${otherRegion.body.region.id}/boards`, { title: `Travel tavle ${i}`, kind: 'canvas' });
        busyBoards.push(board.body.board.id);
      }
      const otherProcessBoard = await client.post(`/api/regions/${otherRegion.body.region.id}/boards`, { title: 'Tavle i en annen prosess', kind: 'canvas' });
      const socketHeaders = { cookie: client.cookieHeader(), origin: server.url };
      const conditions: Condition[] = [
        { name: 'nothing else written', start: async () => null },
        {
          name: `${busyPeople} people in another region each saving ${changesPerPerson} canvas changes a second (${busyPeople} boards)`,
          start: () =>
            startCanvasWriters({
              urls: busyBoards.map((id) => `${server.url.replace('http', 'ws')}/api/boards/${id}/canvas/sync`),
              headers: socketHeaders,
              perSecond: changesPerPerson,
            }),
        },
        {
          name: `another process on the database file committing ${otherProcessChangesPerSecond} canvas changes a second (a cluster's other process)`,
          start: () => startOtherProcessWriter(join(server.dataDir, 'planrom.db'), otherProcessBoard.body.board.id, otherProcessChangesPerSecond),
        },
        {
          name: `the list itself changing: one of the region’s boards renamed ${renamesPerSecond} times a second`,
          start: async () => startRenamer(client, boardIds[0]!, renamesPerSecond),
        },
      ];

      const path = `/api/regions/${regionId}/boards`;
      const sample = await fetch(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });
      const bodyFile = join(server.dataDir, 'boards.json');
      writeFileSync(bodyFile, await sample.text());
      const bare = await startBareHono(bodyFile);
      try {
        const cookie = client.cookieHeader();
        const lines: Array<Array<string | number>> = [];
        const writes: string[] = [];
        const listOnPlanrom = () => fetch(`${server.url}${path}`, { headers: { cookie } });
        const listOnFloor = () => fetch(`${bare.url}/boards`);
        // One unrecorded second on each first, so both are warm (JIT, connections) before the first condition.
        await measureLoad(listOnPlanrom, warmUp);
        await measureLoad(listOnFloor, warmUp);
        for (const condition of conditions) {
          const writer = await condition.start();
          try {
            const window = { name: condition.name, from: profilerClockMicros(), to: 0 };
            const committedBefore = writer?.committed() ?? 0;
            const planrom = await measureLoad(listOnPlanrom, load);
            window.to = profilerClockMicros();
            windows.push(window);
            if (writer && writer.committed() === committedBefore) throw new Error(`${condition.name}: nothing was committed`);
            if (writer)
              writes.push(
                `${condition.name}: ${((writer.committed() - committedBefore) / planrom.seconds).toFixed(1)} writes/s committed while Planrom was measured`,
              );
            // The floor under the same background work (the writer's client and Planrom's room use the same two cores).
            const floor = await measureLoad(listOnFloor, load);
            lines.push(row(condition.name, 'Planrom', planrom, floor), row(condition.name, 'bare Hono (floor)', floor));
          } finally {
            writer?.stop();
          }
        }
        return [
          `GET ${'`'}/api/regions/:id/boards${'`'} for a region with ${boardsInRegion} boards, logged in, ` +
            `${load.concurrency} concurrent clients for ${load.seconds} s each, server and client on this machine. ` +
            'The floor is a bare Hono handler on the same adapter returning the same JSON, measured right after Planrom under the same background writes. ' +
            'Planrom keeps a region’s list under a version that only writes to that region’s boards move: commits elsewhere (rooms of other regions, another process) leave it kept, a rename makes the next request read it again.',
          '',
          table(['while', 'server', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'of the floor'], lines),
          '',
          ...writes.map((line) => `- ${line}`),
        ].join('\n');
      } finally {
        bare.stop();
      }
    } finally {
      await server.stop();
      if (profileDir) {
        for (const window of windows) {
          const self = selfTimeFromProfileFolder(profileDir, window);
          const busy = [...self].filter(([name]) => !name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0);
          console.log(
            `Planrom's CPU under load, ${window.name}: ${busy.toFixed(0)} ms busy in ${load.seconds} s. Top self time:\n  ${topCosts([self], 20).join('\n  ')}`,
          );
        }
        rmSync(profileDir, { recursive: true, force: true });
      }
      await server.dispose();
    }
  },
};

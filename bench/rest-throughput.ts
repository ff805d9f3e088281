import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../e2e/support/test-server';
import { startPlanrom } from './support/planrom-process';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { measureLoad, type LoadResult } from './support/load';
import { topCosts } from './support/cpu-profile';
import { profilerClockMicros, selfTimeFromProfileFolder } from './support/node-cpu-profile';
import { ms, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const root = fileURLToPath(new URL('..', import.meta.url));
const boardsInRegion = 100;
const load = { concurrency: 16, seconds: 5 };
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

const row = (name: string, r: LoadResult) => [name, r.perSecond.toFixed(0), ms(r.p50), ms(r.p95), ms(r.p99), r.errors];

/** Listing a region's boards (auth, session lookup, query, presenter) against a bare Hono handler. */
export const restThroughput: BenchSuite = {
  name: 'rest',
  title: 'REST throughput: listing a region’s boards',
  async run() {
    // Request logging stays on, as in a default deployment.
    const profileDir = profile ? mkdtempSync(join(tmpdir(), 'planrom-rest-profile-')) : null;
    const execArgv = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=250'] : [];
    const server = await startPlanrom({ env: { ...benchAdminEnv, LOG_LEVEL: 'info' }, nodeArgs: execArgv });
    const window = { from: 0, to: 0 };
    try {
      const { api: client, regionId } = await logInBenchAdmin(server);
      for (let i = 0; i < boardsInRegion; i++) {
        await client.post(`/api/regions/${regionId}/boards`, { title: `Tavle ${i}`, kind: i % 2 ? 'canvas' : 'diagram' });
      }
      const path = `/api/regions/${regionId}/boards`;
      const sample = await fetch(`${server.url}${path}`, { headers: { cookie: client.cookieHeader() } });
      const bodyFile = join(server.dataDir, 'boards.json');
      writeFileSync(bodyFile, await sample.text());
      const bare = await startBareHono(bodyFile);
      try {
        const cookie = client.cookieHeader();
        window.from = profilerClockMicros();
        const planrom = await measureLoad(() => fetch(`${server.url}${path}`, { headers: { cookie } }), load);
        window.to = profilerClockMicros();
        const floor = await measureLoad(() => fetch(`${bare.url}/boards`), load);
        return [
          `GET ${'`'}/api/regions/:id/boards${'`'} for a region with ${boardsInRegion} boards, logged in, ` +
            `${load.concurrency} concurrent clients for ${load.seconds} s each, server and client on this machine. ` +
            'The floor is a bare Hono handler on the same adapter returning the same JSON.',
          '',
          table(['server', 'requests/s', 'p50', 'p95', 'p99', 'errors'], [row('Planrom', planrom), row('bare Hono (floor)', floor)]),
          '',
          `Planrom reaches ${((planrom.perSecond / floor.perSecond) * 100).toFixed(0)} % of the floor's throughput.`,
        ].join('\n');
      } finally {
        bare.stop();
      }
    } finally {
      await server.stop();
      if (profileDir) {
        const self = selfTimeFromProfileFolder(profileDir, window);
        const busy = [...self].filter(([name]) => !name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0);
        console.log(`Planrom's CPU under load: ${busy.toFixed(0)} ms busy in ${load.seconds} s. Top self time:\n  ${topCosts([self], 25).join('\n  ')}`);
        rmSync(profileDir, { recursive: true, force: true });
      }
      await server.dispose();
    }
  },
};

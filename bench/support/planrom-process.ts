import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/test-server';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface PlanromProcess {
  url: string;
  pid: number;
  dataDir: string;
  /** Stops the server (SIGTERM) and waits for it; the database stays. */
  stop(): Promise<void>;
  /** Stops the server and removes its temporary database. */
  dispose(): Promise<void>;
}

/**
 * The real Planrom server as its own process, started as `npm run serve` and the e2e tests'
 * starter do (server/serve.mjs, a fresh libSQL file in a temporary folder, a free port, the built web app), but with its pid
 * (to read its CPU and memory from /proc) and a start deadline that suits a shared, busy machine
 * (starting under a load average of 20+ once took more than the tests' 30 s).
 */
export async function startPlanrom(options: { env?: Record<string, string>; nodeArgs?: string[] } = {}, deadlineMs = 240_000): Promise<PlanromProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planrom-bench-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), join(root, 'server/serve.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'planrom.db')}`,
      // BENCH_WEB_DIST: another build of the app (e.g. to compare a change against the build before it).
      WEB_DIST: process.env.BENCH_WEB_DIST ?? join(root, 'dist/web'),
      PLANROM_DEMO: 'true',
      LOG_LEVEL: 'error',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const dispose = async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const started = Date.now();
  while (Date.now() - started < deadlineMs) {
    if (child.exitCode !== null) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`Planrom exited during start:\n${log}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) {
        const seconds = (Date.now() - started) / 1000;
        if (seconds > 20) console.log(`  (Planrom took ${seconds.toFixed(0)} s to start on this machine)`);
        return { url, pid: child.pid!, dataDir, stop, dispose };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await dispose();
  throw new Error(`Planrom did not become healthy in ${deadlineMs / 1000} s:\n${log}`);
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/test-server';
import { haproxyConfig } from '../cluster/haproxy-config';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const haproxyBinary = process.env.HAPROXY ?? '/usr/sbin/haproxy';

/** Whether HAProxy can be run here (it is installed by `.ci/run`; on a laptop it may be missing). */
export const haproxyInstalled = () => existsSync(haproxyBinary);

export interface ClusterProcess {
  url: string;
  pid: number;
  /** Its name in the cluster (the `X-Planrom-Process` header it sends; new after a restart). */
  processId: string;
  alive(): boolean;
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port (after `kill`), as a new process of the cluster. */
  restart(): Promise<void>;
}

export interface PlanromCluster {
  /** HAProxy's address: what people open. */
  url: string;
  databaseUrl: string;
  processes: ClusterProcess[];
  /** The process that sent this response (by its `X-Planrom-Process` header). */
  processOf(response: { headers: Headers | Record<string, unknown> }): ClusterProcess | undefined;
  output(): string;
  dispose(): Promise<void>;
}

const startDeadlineMs = 180_000;

async function waitUntil(what: string, check: () => Promise<boolean>, deadlineMs: number, failed: () => string | null) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    const failure = failed();
    if (failure) throw new Error(failure);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/**
 * N real Planrom processes (cluster mode) on one fresh libSQL file, behind a real HAProxy with the
 * configuration `npm run cluster` uses, each on a free port of 127.0.0.1. The first process
 * migrates and seeds alone; the others start once it is healthy. Resolves when HAProxy sees them
 * all up.
 */
export async function startPlanromCluster(options: { processes: number; env?: Record<string, string>; webDist?: string }): Promise<PlanromCluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planrom-cluster-'));
  const databaseUrl = `file:${join(dataDir, 'planrom.db')}`;
  const children: ChildProcess[] = [];
  let log = '';
  const processes: ClusterProcess[] = [];
  const failed = () => {
    const dead = children.find((child) => child.exitCode !== null && child.signalCode === null);
    return dead ? `A cluster process exited during start:\n${log}` : null;
  };

  const spawnProcess = async (index: number, port: number) => {
    const url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [join(root, 'server/serve.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        DATABASE_REPLICA_PATH: join(dataDir, `replica-${index}.db`),
        WEB_DIST: options.webDist ?? join(dataDir, 'no-web'),
        PLANROM_DEMO: 'true',
        PLANROM_CLUSTER: 'true',
        TRUST_PROXY: 'true',
        LOG_LEVEL: 'error',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += `[planrom ${index}] ${chunk}`));
    let processId = '';
    await waitUntil(
      `Planrom ${index} to be healthy`,
      async () => {
        const response = await fetch(`${url}/api/health`);
        processId = response.headers.get('x-planrom-process') ?? '';
        return response.ok && processId !== '';
      },
      startDeadlineMs,
      failed,
    );
    return { child, processId };
  };

  const startProcess = async (index: number) => {
    const port = await freePort();
    let { child, processId } = await spawnProcess(index, port);
    const handle: ClusterProcess = {
      url: `http://127.0.0.1:${port}`,
      pid: child.pid!,
      processId,
      alive: () => child.exitCode === null && child.signalCode === null,
      async kill(signal) {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill(signal);
        await exited;
      },
      async restart() {
        ({ child, processId } = await spawnProcess(index, port));
        handle.pid = child.pid!;
        handle.processId = processId;
      },
    };
    processes.push(handle);
  };

  const dispose = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await startProcess(1);
    for (let index = 2; index <= options.processes; index += 1) await startProcess(index);
    const port = await freePort();
    const configFile = join(dataDir, 'haproxy.cfg');
    writeFileSync(configFile, haproxyConfig({ bind: `127.0.0.1:${port}`, servers: processes.map((p) => new URL(p.url).host), quiet: true }));
    const haproxy = spawn(haproxyBinary, ['-db', '-f', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(haproxy);
    haproxy.stdout?.on('data', (chunk) => (log += `[haproxy] ${chunk}`));
    haproxy.stderr?.on('data', (chunk) => (log += `[haproxy] ${chunk}`));
    const url = `http://127.0.0.1:${port}`;
    // Round robin over the processes HAProxy takes for up: wait until it answers from each.
    const seen = new Set<string>();
    await waitUntil(
      'HAProxy to see every process up',
      async () => {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) seen.add(response.headers.get('x-planrom-process') ?? '');
        return seen.size === options.processes;
      },
      30_000,
      failed,
    );
    return {
      url,
      databaseUrl,
      processes,
      processOf(response) {
        const headers = response.headers;
        // Duck-typed: a fetch answer's headers are undici's Headers, not always the global class.
        const id =
          typeof headers.get === 'function' ? (headers as Headers).get('x-planrom-process') : (headers as Record<string, unknown>)['x-planrom-process'];
        return processes.find((p) => p.processId === id);
      },
      output: () => log,
      dispose,
    };
  } catch (error) {
    await dispose();
    throw error;
  }
}

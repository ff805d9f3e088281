import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}

export interface TestServer {
  url: string;
  port: number;
  dataDir: string;
  databaseUrl: string;
  /** Stops the server (SIGTERM, or SIGKILL to simulate a crash). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port and database. */
  restart(): Promise<void>;
  /** Stops the server and removes its temporary database. */
  dispose(): Promise<void>;
  output(): string;
}

export interface TestServerOptions {
  env?: Record<string, string>;
  /** Seed the demo region (default true, as on a fresh install). */
  demo?: boolean;
}

/** How long a server may take to answer /api/health after it is spawned. */
const startTimeoutMs = 120_000;

/**
 * Runs the real Planrom server as its own process (as `npm start` does, minus the build) on a free
 * port with a fresh libSQL file in a temporary folder, and waits until /api/health says ok.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planrom-test-'));
  const databaseUrl = `file:${join(dataDir, 'planrom.db')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let log = '';

  async function start() {
    child = spawn(process.execPath, [join(root, 'server/serve.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        WEB_DIST: join(root, 'dist/web'),
        DIAGRAM_PREVIEW_MODULE: join(root, 'dist/web-preview/render-preview.mjs'),
        // A diagram's first picture is React Flow's markup too: with it, a locator such as
        // `.react-flow__node` finds each box twice until the editor has drawn the board. The tests of
        // the picture (diagram-preview.test.ts, big-boards.test.ts) turn it on; the others test the editor.
        DIAGRAM_PREVIEW_MAX_NODES: '0',
        PLANROM_DEMO: options.demo === false ? 'false' : 'true',
        LOG_LEVEL: 'error',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    // Generous: a busy two-core CI machine can take long to start a TypeScript server.
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`Planrom exited during start:\n${log}`);
      try {
        const response = await fetch(`${url}/api/health`);
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // Never leave a half-started server behind: it would hold its port and folder for good.
    await stop('SIGKILL');
    throw new Error(`Planrom did not become healthy in ${startTimeoutMs / 1000} s:\n${log}`);
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM') {
    const running = child;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((r) => running.once('exit', () => r()));
    running.kill(signal);
    await exited;
    child = null;
  }

  try {
    await start();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    port,
    dataDir,
    databaseUrl,
    stop,
    restart: start,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    output: () => log,
  };
}

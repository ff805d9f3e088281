/**
 * `npm run cluster -- N`: N Planrom processes on this machine sharing one database (WAL), behind
 * HAProxy with board affinity, for trying several processes out. Ctrl-C stops everything.
 * The database is DATABASE_URL's (default ./data/planrom.db); HAProxy listens on PORT (3000).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/test-server';
import { readEnv } from '../env';
import { haproxyConfig } from './haproxy-config';

const root = fileURLToPath(new URL('../..', import.meta.url));
const haproxyBinary = process.env.HAPROXY ?? '/usr/sbin/haproxy';

const count = Number(process.argv[2] ?? '2');
if (!Number.isInteger(count) || count < 1 || count > 16) {
  console.error('Bruk / usage: npm run cluster -- <antall prosesser 1–16 / number of processes 1–16>');
  process.exit(2);
}
if (!existsSync(haproxyBinary)) {
  console.error(`HAProxy mangler / HAProxy is missing (${haproxyBinary}): sudo apt-get install haproxy`);
  process.exit(1);
}

const env = readEnv();
const configDir = mkdtempSync(join(tmpdir(), 'planrom-haproxy-'));
const children: ChildProcess[] = [];
let stopping = false;

async function healthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`A Planrom process exited during start (code ${child.exitCode}).`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function startProcess(index: number): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(root, 'server/serve.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      PLANROM_CLUSTER: 'true',
      TRUST_PROXY: 'true',
      // With a libSQL server URL every process needs its own replica file.
      DATABASE_REPLICA_PATH: process.env.DATABASE_REPLICA_PATH ? `${process.env.DATABASE_REPLICA_PATH}.${index}` : `./data/replica-${index}.db`,
      LOG_LEVEL: env.LOG_LEVEL === 'info' ? 'error' : env.LOG_LEVEL,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) console.error(`Planrom-prosess ${index} stoppet / Planrom process ${index} stopped (${signal ?? code}); HAProxy sender tavlene videre.`);
  });
  await healthy(url, child);
  return `127.0.0.1:${port}`;
}

async function stopAll(): Promise<void> {
  stopping = true;
  rmSync(configDir, { recursive: true, force: true });
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
}

process.once('SIGINT', () => void stopAll().then(() => process.exit(0)));
process.once('SIGTERM', () => void stopAll().then(() => process.exit(0)));

try {
  // The first process migrates and seeds the database alone; the others join it after.
  const first = await startProcess(1);
  const me = (await (await fetch(`http://${first}/api/auth/me`)).json()) as { needsSetup?: boolean };
  if (me.needsSetup) {
    throw new Error(
      'Planrom har ingen administrator ennå. Start én gang med `npm start` og lag den, eller sett PLANROM_ADMIN_EMAIL og PLANROM_ADMIN_PASSWORD.\n' +
        'Planrom has no administrator yet. Run `npm start` once and create it, or set PLANROM_ADMIN_EMAIL and PLANROM_ADMIN_PASSWORD.',
    );
  }
  const servers = [first];
  for (let index = 2; index <= count; index += 1) servers.push(await startProcess(index));
  const configFile = join(configDir, 'planrom.cfg');
  writeFileSync(configFile, haproxyConfig({ bind: `${env.HOST}:${env.PORT}`, servers }));
  const haproxy = spawn(haproxyBinary, ['-db', '-f', configFile], { stdio: ['ignore', 'inherit', 'inherit'] });
  children.push(haproxy);
  haproxy.once('exit', (code) => {
    if (stopping) return;
    console.error(`HAProxy stoppet / HAProxy stopped (${code}).`);
    void stopAll().then(() => process.exit(1));
  });
  const shown = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = env.PUBLIC_URL ?? `http://${shown}:${env.PORT}`;
  console.log(`\nPlanrom kjører i ${count} prosesser bak HAProxy. Åpne ${url} i nettleseren.`);
  console.log(`Planrom is running as ${count} processes behind HAProxy. Open ${url} in your browser.`);
  console.log(`Prosessene / the processes: ${servers.join(', ')}. HAProxy-oppsett / configuration: ${configFile}`);
  console.log('Ctrl-C stopper alt / Ctrl-C stops everything.\n');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}

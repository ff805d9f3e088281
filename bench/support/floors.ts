import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../e2e/support/test-server';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts one of the bare floor servers in bench/support as its own Node process (like Planrom's),
 * so its CPU time and memory can be read from /proc/<pid> in the same way.
 */
export async function startFloor(script: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'bench/support', script)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.once('data', () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => child.kill(),
  };
}

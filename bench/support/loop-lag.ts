import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as syncCore from '@tldraw/sync-core';
import { createTLSchema } from '@tldraw/tlschema';
import type { PlanromProcess } from './planrom-process';

const protocolVersion = (syncCore as unknown as { getTlsyncProtocolVersion(): number }).getTlsyncProtocolVersion();
const preload = fileURLToPath(new URL('./loop-delay-preload.mjs', import.meta.url));

/**
 * What startPlanrom needs so the server measures its own event-loop delay (read it with
 * `serverLoopDelay` and the same `file`).
 */
export function loopDelayOptions() {
  const file = join(tmpdir(), `planrom-loop-delay-${process.pid}-${Date.now()}.json`);
  return { file, nodeArgs: ['--import', preload], env: { PLANROM_BENCH_LOOP_DELAY_FILE: file } };
}

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

/**
 * The server's own event-loop delay (Node's monitorEventLoopDelay inside the server process,
 * loaded by `loopDelayOptions`): `reset()` at the start of a window, `read()` at its end.
 */
export function serverLoopDelay(server: PlanromProcess, file: string) {
  const ask = async (): Promise<LoopDelay> => {
    rmSync(file, { force: true });
    process.kill(server.pid, 'SIGUSR2');
    const deadline = Date.now() + 30_000;
    while (!existsSync(file)) {
      if (Date.now() > deadline) throw new Error('the server did not report its event-loop delay');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return JSON.parse(readFileSync(file, 'utf8')) as LoopDelay;
  };
  return { reset: async () => void (await ask()), read: ask };
}

/**
 * A socket ping every 10 ms from a thread of its own (`ping-probe-worker.mjs`), so the round trips
 * are not stretched by the benchmark's own event loop, which runs the simulated editors and uploads.
 */
export async function startPingProbe(url: string, headers: Record<string, string>) {
  const connect = { type: 'connect', connectRequestId: 'lag-probe', lastServerClock: -1, protocolVersion, schema: createTLSchema().serialize() };
  const worker = new Worker(new URL('./ping-probe-worker.mjs', import.meta.url), { workerData: { url: `${url}?sessionId=lag-probe`, headers, connect } });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: { type: string }) => message.type === 'ready' && resolve());
  });
  return {
    start: () => worker.postMessage('start'),
    stop: () =>
      new Promise<number[]>((resolve) => {
        worker.on('message', (message: { type: string; pings?: number[] }) => {
          if (message.type !== 'pings') return;
          resolve(message.pings ?? []);
          void worker.terminate();
        });
        worker.postMessage('stop');
      }),
  };
}

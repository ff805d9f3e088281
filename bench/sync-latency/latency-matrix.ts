import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { diagramSocketPath } from '../../shared/sync/diagram-protocol';
import { benchAdminEnv, logInBenchAdmin } from '../support/bench-admin';
import { startFloor } from '../support/floors';
import { startPlanrom } from '../support/planrom-process';
import { UsageWindow } from '../support/process-usage';
import { ms, percentile, table } from '../support/stats';
import type { BenchSuite } from '../support/suite';
import { epochNow, type ChildMessage, type ClientPlan, type ResultReport, type SyncProtocol } from './messages';

/** Each simulated person makes this many changes a second (the load). */
export const changesPerSecond = 2;
const timing = { warmupMs: 2000, measureMs: 5000, drainMs: 4000 };
/** Client processes per run: the clients are split between them (two cores on the bench machine). */
const clientProcesses = 2;
/** Planrom refuses a 51st person on one canvas board by default; the 200-on-one-board row needs more. */
const maxCanvasClients = 250;

/**
 * The matrix asked for: 2, 20 and 50 people on 1 and 10 boards (issues 4 and 5), and 10, 50 and 200
 * people spread over 1, 10 and 40 boards (issue 8). With fewer people than boards, as many boards
 * as people are used (10 over 40 boards is 10 over 10).
 */
const asked: Array<[clients: number, boards: number]> = [
  [2, 1],
  [2, 10],
  [20, 1],
  [20, 10],
  [50, 1],
  [50, 10],
  [10, 1],
  [10, 10],
  [10, 40],
  [50, 40],
  [200, 1],
  [200, 10],
  [200, 40],
];

interface Scenario {
  clients: number;
  boards: number;
  /** The asked combinations this one stands for. */
  asked: string[];
}

export function scenarios(): Scenario[] {
  const byKey = new Map<string, Scenario>();
  for (const [clients, boards] of asked) {
    const used = Math.min(clients, boards);
    const key = `${clients}×${used}`;
    const scenario = byKey.get(key) ?? { clients, boards: used, asked: [] };
    scenario.asked.push(`${clients}×${boards}`);
    byKey.set(key, scenario);
  }
  // BENCH_SCENARIOS=200x1,50x10 runs only those rows (for trying things out; the full run has all).
  const only = process.env.BENCH_SCENARIOS?.split(',').map((s) => s.trim().replace('x', '×'));
  return [...byKey.values()].filter((s) => !only || only.includes(`${s.clients}×${s.boards}`)).sort((a, b) => a.clients - b.clients || a.boards - b.boards);
}

export interface Target {
  name: string;
  pid: number;
  /** Several server processes (a cluster): their CPU is summed, their memory too. */
  pids?: number[];
  /** Socket URLs and headers for `count` fresh boards. */
  boards(count: number): Promise<Array<{ url: string; headers: Record<string, string> }>>;
}

export interface Measured {
  latencies: Float64Array;
  seen: number;
  expected: number;
  sentPerSecond: number;
  server: { cpuPercent: number; peakRssMiB: number; waitPercent: number };
  clientCpuPercent: number;
  /** The most any client process's main thread waited for a CPU, as a share of the window. */
  clientWaitPercent: number;
  clientLag: { p99: number; max: number };
  failedConnections: number;
}

const clientScript = fileURLToPath(new URL('./client-process.ts', import.meta.url));

function waitFor<T extends ChildMessage['type']>(child: ChildProcess, type: T, timeoutMs: number) {
  return new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`client process: no ${type} in ${timeoutMs / 1000} s`));
    }, timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (message.type !== type) return;
      done();
      resolve(message as Extract<ChildMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      done();
      reject(new Error(`client process exited with ${code}`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** One row: `clients` people spread round-robin over `boards` fresh boards, all changing at once. */
export async function measure(
  pool: ChildProcess[],
  protocol: SyncProtocol,
  target: Target,
  clients: number,
  boards: number,
  timings = timing,
): Promise<Measured> {
  const endpoints = await target.boards(boards);
  const plans: ClientPlan[] = Array.from({ length: clients }, (_, i) => ({ board: i % boards, index: i, ...endpoints[i % boards]! }));
  const onBoard = new Map<number, number>();
  for (const plan of plans) onBoard.set(plan.board, (onBoard.get(plan.board) ?? 0) + 1);
  const children = pool.slice(0, Math.min(pool.length, clients));
  const closed = children.map((child) => waitFor(child, 'closed', 240_000));
  try {
    const connected = children.map((child) => waitFor(child, 'connected', 240_000));
    children.forEach((child, c) => child.send({ type: 'run', protocol, changesPerSecond, clients: plans.filter((_, i) => i % children.length === c) }));
    const failedConnections = (await Promise.all(connected)).reduce((sum, report) => sum + report.failed, 0);
    const results = children.map((child) => waitFor(child, 'result', 120_000));
    const at = epochNow() + 1000;
    for (const child of children) child.send({ type: 'start', at, ...timings });
    const usages = (target.pids ?? [target.pid]).map((pid) => new UsageWindow(pid));
    await new Promise((r) => setTimeout(r, at + timings.warmupMs - epochNow()));
    for (const usage of usages) usage.start();
    await new Promise((r) => setTimeout(r, timings.measureMs));
    const stopped = usages.map((usage) => usage.stop());
    const server = {
      cpuPercent: stopped.reduce((sum, u) => sum + u.cpuPercent, 0),
      peakRssMiB: stopped.reduce((sum, u) => sum + u.peakRssMiB, 0),
      waitPercent: Math.max(...stopped.map((u) => u.waitPercent)),
    };
    const reports: ResultReport[] = await Promise.all(results);
    const latencies = Float64Array.from(reports.flatMap((report) => [...report.latencies]));
    let expected = 0;
    let sent = 0;
    for (const report of reports) {
      for (const [board, count] of Object.entries(report.sentInWindow)) {
        sent += count;
        expected += count * ((onBoard.get(Number(board)) ?? 1) - 1);
      }
    }
    return {
      latencies,
      seen: latencies.length,
      expected,
      sentPerSecond: sent / (timings.measureMs / 1000),
      server,
      clientCpuPercent: reports.reduce((sum, report) => sum + report.cpuPercent, 0),
      clientWaitPercent: Math.max(...reports.map((report) => report.waitPercent)),
      clientLag: { p99: Math.max(...reports.map((r) => r.lag.p99)), max: Math.max(...reports.map((r) => r.lag.max)) },
      failedConnections,
    };
  } finally {
    await Promise.all(closed);
  }
}

/** The client processes, started once per suite (each Node start costs seconds on a busy machine). */
export function startClientPool(): ChildProcess[] {
  return Array.from({ length: clientProcesses }, () =>
    fork(clientScript, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
}

const percentOfCore = (value: number) => `${value.toFixed(0)} %`;

/** The latency matrix of one protocol, Planrom against its floor, as one suite. */
export function latencySuite(protocol: SyncProtocol, options: { name: string; title: string; floorName: string; floorScript: string }): BenchSuite {
  return {
    name: options.name,
    title: options.title,
    async run() {
      const loadBefore = loadavg();
      const server = await startPlanrom({ env: { ...benchAdminEnv, CANVAS_MAX_CLIENTS: String(maxCanvasClients) } });
      const floor = await startFloor(options.floorScript);
      const pool = startClientPool();
      try {
        const { api, regionId } = await logInBenchAdmin(server);
        const headers = { cookie: api.cookieHeader(), origin: server.url };
        const wsBase = server.url.replace('http', 'ws');
        let made = 0;
        const planrom: Target = {
          name: 'Planrom',
          pid: server.pid,
          async boards(count) {
            const endpoints = [];
            for (let i = 0; i < count; i++) {
              made += 1;
              const board = await api.post(`/api/regions/${regionId}/boards`, { title: `Måling ${made}`, kind: protocol });
              if (board.status !== 201) throw new Error(`could not create a board: ${JSON.stringify(board.body)}`);
              const id = board.body.board.id as string;
              endpoints.push({ url: protocol === 'canvas' ? `${wsBase}/api/boards/${id}/canvas/sync` : `${wsBase}${diagramSocketPath(id)}`, headers });
            }
            return endpoints;
          },
        };
        const floorTarget: Target = {
          name: options.floorName,
          pid: floor.pid,
          async boards(count) {
            return Array.from({ length: count }, () => {
              made += 1;
              const room = `floor-${made}`;
              return { url: protocol === 'canvas' ? `${floor.wsUrl}/rooms/${room}` : `${floor.wsUrl}${diagramSocketPath(room)}`, headers: {} };
            });
          },
        };
        // One unrecorded round per server first, so neither is measured while its JIT warms up.
        for (const target of [planrom, floorTarget]) await measure(pool, protocol, target, 10, 1, { warmupMs: 1000, measureMs: 2000, drainMs: 1000 });

        const rows: Array<Array<string | number>> = [];
        const notes: string[] = [];
        for (const scenario of scenarios()) {
          for (const target of [planrom, floorTarget]) {
            const started = performance.now();
            const result = await measure(pool, protocol, target, scenario.clients, scenario.boards);
            const samples = [...result.latencies];
            rows.push([
              scenario.clients,
              scenario.boards,
              target.name,
              ...(result.expected === 0 ? ['–', '–', '–'] : [ms(percentile(samples, 50)), ms(percentile(samples, 95)), ms(percentile(samples, 99))]),
              `${result.seen} / ${result.expected}`,
              `${result.sentPerSecond.toFixed(0)} (${scenario.clients * changesPerSecond})`,
              percentOfCore(result.server.cpuPercent),
              `${result.server.peakRssMiB.toFixed(0)} MiB`,
              percentOfCore(result.clientCpuPercent),
              `${ms(result.clientLag.p99)} / ${ms(result.clientLag.max)}`,
              `${result.server.waitPercent.toFixed(0)} % / ${result.clientWaitPercent.toFixed(0)} %`,
            ]);
            if (result.failedConnections > 0)
              notes.push(`${scenario.clients}×${scenario.boards}, ${target.name}: ${result.failedConnections} clients could not connect.`);
            console.log(
              `  ${scenario.clients} clients × ${scenario.boards} boards, ${target.name}: p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}, ` +
                `${result.seen}/${result.expected}, server ${percentOfCore(result.server.cpuPercent)}, client lag p99 ${ms(result.clientLag.p99)} ` +
                `(${((performance.now() - started) / 1000).toFixed(0)} s)`,
            );
          }
        }
        const mapped = scenarios()
          .filter((s) => s.asked.some((a) => a !== `${s.clients}×${s.boards}`))
          .map((s) => `${s.asked.join(' and ')} ran as ${s.clients}×${s.boards}`);
        const loadAfter = loadavg();
        return [
          `Every simulated person makes ${changesPerSecond} changes a second to their own ${protocol === 'canvas' ? 'sticky note (a move)' : 'node (its text)'}, ` +
            'writing the send time into the change; every other person on the same board records, when their client has applied it, how long ago it was sent ' +
            `(wall clock, shared by the processes). ${timing.warmupMs / 1000} s warm-up, then ${timing.measureMs / 1000} s measured, then ${timing.drainMs / 1000} s ` +
            'in which late deliveries of measured changes still count. People are spread round-robin over fresh boards; with fewer people than boards, as many ' +
            `boards as people are used (${mapped.join('; ')}): one person per board, so nobody receives and those rows show only what the server spends; ` +
            'with more boards than fit evenly some boards have one person more than others (50 over 40 boards: 10 boards of two, 30 of one).',
          '',
          (protocol === 'canvas'
            ? 'The clients are tldraw’s own `TLSyncClient` with a bare tldraw store (sending and applying at 30 fps, the browser’s rhythm, via a 60 Hz frame shim), '
            : 'The clients are the editor’s own `DiagramProvider` (y-protocols over `ws`), ') +
            `split over ${clientProcesses} client processes so people on one board are often in different processes. ` +
            `Planrom runs as its own process (authorized sockets, every change written to libSQL before it is acknowledged or relayed; ` +
            `\`CANVAS_MAX_CLIENTS=${maxCanvasClients}\` so 200 people fit on one canvas board, the default is 50). ` +
            `The floor (${options.floorName}) is the same protocol in memory with no authorization and no storage, also its own process, measured with the same client code in the same run.`,
          '',
          'Server CPU is the server process’s user + system time over the measured window (from `/proc/<pid>/stat`, all threads) as a share of one core; ' +
            'memory is the highest resident set size (`/proc/<pid>/status` VmRSS, sampled every 250 ms) in the window, including rooms of earlier rows that are still loaded. ' +
            'Client CPU is the sum over the client processes (`process.cpuUsage`); client loop lag is the worst client process’s event-loop delay ' +
            '(a 20 ms timer’s lateness, p99 / max) in the window. “Waited for a CPU” is the share of the window the main thread of the server, and of the worst client process, ' +
            'was ready to run but queued for a core (`/proc/<pid>/schedstat`): the machine is shared, and this is how much other work held each back. ' +
            'When client lag or waiting is large the clients themselves, not the server, hold the changes back: read those rows as an upper bound on what the server adds, ' +
            'and the deliveries column for how many changes arrived at all within the drain time.',
          '',
          table(
            [
              'people',
              'boards',
              'server',
              'p50',
              'p95',
              'p99',
              'deliveries seen / expected',
              'changes/s sent (target)',
              'server CPU (of one core)',
              'server RSS (peak)',
              'client CPU',
              'client loop lag p99 / max',
              'waited for a CPU: server / clients',
            ],
            rows,
          ),
          '',
          ...(notes.length ? [...notes, ''] : []),
          `Load average (1, 5, 15 min) before: ${loadBefore.map((l) => l.toFixed(1)).join(', ')}; after: ${loadAfter.map((l) => l.toFixed(1)).join(', ')}.`,
        ].join('\n');
      } finally {
        for (const child of pool) child.kill();
        floor.stop();
        await server.dispose();
      }
    },
  };
}

import { loadavg } from 'node:os';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';
import { changesPerSecond, measure, startClientPool, type Target } from './sync-latency/latency-matrix';
import { haproxyBinary, haproxyInstalled, startPlanromCluster } from '../server/test/planrom-cluster';

/** The rows: people spread over canvas boards (BENCH_CLUSTER_SCENARIOS=50x10 picks some). */
const rows: Array<[clients: number, boards: number]> = [
  [20, 1],
  [50, 10],
  [200, 40],
];

/**
 * Canvas change propagation and server CPU with one and with two Planrom processes behind HAProxy
 * (cluster mode, board affinity), the same clients in the same run: what a second process costs
 * and buys on one machine.
 */
export const clusterLatency: BenchSuite = {
  name: 'cluster-latency',
  title: 'Several processes: canvas propagation and server CPU with 1 and 2 Planrom processes behind HAProxy',
  async run() {
    if (!haproxyInstalled()) return `Not measured: HAProxy is not installed here (${haproxyBinary}).`;
    const only = process.env.BENCH_CLUSTER_SCENARIOS?.split(',').map((s) => s.trim());
    const chosen = rows.filter(([c, b]) => !only || only.includes(`${c}x${b}`));
    const loadBefore = loadavg();
    const pool = startClientPool();
    const lines: Array<Array<string | number>> = [];
    try {
      for (const processes of [1, 2]) {
        const cluster = await startPlanromCluster({ processes, env: { ...benchAdminEnv, CANVAS_MAX_CLIENTS: '250' } });
        try {
          const { api, regionId } = await logInBenchAdmin(cluster);
          const headers = { cookie: api.cookieHeader(), origin: cluster.url };
          const wsBase = cluster.url.replace('http', 'ws');
          let made = 0;
          const target: Target = {
            name: `${processes} process${processes > 1 ? 'es' : ''}`,
            pid: cluster.processes[0]!.pid,
            pids: cluster.processes.map((p) => p.pid),
            async boards(count) {
              const endpoints = [];
              for (let i = 0; i < count; i++) {
                made += 1;
                const board = await api.post(`/api/regions/${regionId}/boards`, { title: `Måling ${made}`, kind: 'canvas' });
                if (board.status !== 201) throw new Error(`could not create a board: ${JSON.stringify(board.body)}`);
                endpoints.push({ url: `${wsBase}/api/boards/${board.body.board.id}/canvas/sync`, headers });
              }
              return endpoints;
            },
          };
          // One unrecorded round first, so the JIT is warm.
          await measure(pool, 'canvas', target, 10, 2, { warmupMs: 1000, measureMs: 2000, drainMs: 1000 });
          for (const [clients, boards] of chosen) {
            const result = await measure(pool, 'canvas', target, clients, boards);
            const samples = [...result.latencies];
            lines.push([
              clients,
              boards,
              target.name,
              ms(percentile(samples, 50)),
              ms(percentile(samples, 95)),
              ms(percentile(samples, 99)),
              `${result.seen} / ${result.expected}`,
              `${result.sentPerSecond.toFixed(0)} (${clients * changesPerSecond})`,
              `${result.server.cpuPercent.toFixed(0)} %`,
              `${result.server.peakRssMiB.toFixed(0)} MiB`,
              `${result.server.waitPercent.toFixed(0)} % / ${result.clientWaitPercent.toFixed(0)} %`,
            ]);
            console.log(
              `  ${clients}×${boards}, ${target.name}: p50 ${ms(percentile(samples, 50))}, p99 ${ms(percentile(samples, 99))}, server CPU ${result.server.cpuPercent.toFixed(0)} %`,
            );
          }
        } finally {
          await cluster.dispose();
        }
      }
    } finally {
      for (const child of pool) child.kill();
    }
    const loadAfter = loadavg();
    return [
      `The canvas-latency suite's clients and load (${changesPerSecond} changes a second per person, tldraw's own client, two client processes), ` +
        'against Planrom in cluster mode (`PLANROM_CLUSTER=true`) behind HAProxy with the shipped configuration: first one process, then two on the same ' +
        'database file. Both runs go through HAProxy, so the difference is the second process (and the event log and room claims both follow). ' +
        'Server CPU is the sum over the Planrom processes (share of one core; HAProxy not counted), memory the sum of their peaks; ' +
        '“waited for a CPU” is the worst Planrom process and the worst client process.',
      '',
      table(
        [
          'people',
          'boards',
          'Planrom',
          'p50',
          'p95',
          'p99',
          'deliveries seen / expected',
          'changes/s sent (target)',
          'server CPU (of one core)',
          'server RSS (peak)',
          'waited for a CPU: server / clients',
        ],
        lines,
      ),
      '',
      `Load average (1, 5, 15 min) before: ${loadBefore.map((l) => l.toFixed(1)).join(', ')}; after: ${loadAfter.map((l) => l.toFixed(1)).join(', ')}.`,
    ].join('\n');
  },
};

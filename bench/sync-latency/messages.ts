/** What the benchmark process and its client processes say to each other over IPC. */

export type SyncProtocol = 'canvas' | 'diagram';

/** One simulated person: which board they are on and where they connect. */
export interface ClientPlan {
  board: number;
  index: number;
  url: string;
  headers: Record<string, string>;
}

export interface RunOrder {
  type: 'run';
  protocol: SyncProtocol;
  clients: ClientPlan[];
  changesPerSecond: number;
}

/** All timestamps are epoch milliseconds (performance.timeOrigin + performance.now()). */
export interface StartOrder {
  type: 'start';
  at: number;
  warmupMs: number;
  measureMs: number;
  drainMs: number;
}

export interface ConnectedReport {
  type: 'connected';
  failed: number;
}

export interface ResultReport {
  type: 'result';
  /** Propagation latency of every change sent in the window, once per receiving client (ms). */
  latencies: Float64Array;
  /** Changes sent in the measured window, per board index. */
  sentInWindow: Record<number, number>;
  /** This process's event-loop delay during the window (ms). */
  lag: { p50: number; p99: number; max: number };
  /** This process's CPU time over the window, as a percentage of one core. */
  cpuPercent: number;
  /** Share of the window this process's main thread waited for a CPU (run queue), in percent. */
  waitPercent: number;
}

export type ParentMessage = RunOrder | StartOrder;
export interface ClosedReport {
  type: 'closed';
}

export type ChildMessage = ConnectedReport | ResultReport | ClosedReport;

/** Wall-clock milliseconds with sub-millisecond precision, comparable between processes. */
export const epochNow = () => performance.timeOrigin + performance.now();

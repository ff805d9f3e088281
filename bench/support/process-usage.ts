import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ, 100 on Linux). */
const ticksPerSecond = 100;

/**
 * CPU time (user + system, in ms) and resident memory of a process, read from /proc: the kernel's
 * own accounting, so it needs nothing inside the measured server and counts all its threads
 * (libSQL, the WAL checkpointer worker, GC) alike for Planrom and the floors.
 */
export function processUsage(pid: number): { cpuMs: number; rssBytes: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { cpuMs: ((utime + stime) * 1000) / ticksPerSecond, rssBytes: rssKb * 1024 };
}

/**
 * Nanoseconds the process's main thread (where JavaScript runs) has spent on a CPU and waiting in
 * the run queue for one (/proc/<pid>/schedstat): the wait is how much a busy machine held it back.
 */
export function schedulerTimes(pid: number | 'self'): { runNs: number; waitNs: number } {
  const [run = '0', wait = '0'] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(/\s+/);
  return { runNs: Number(run), waitNs: Number(wait) };
}

/** Samples a process over a window: CPU share of one core and the peak resident memory seen. */
export class UsageWindow {
  private startCpu = 0;
  private startedAt = 0;
  private peakRss = 0;
  private startWaitNs = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pid: number) {}

  start(): void {
    const now = processUsage(this.pid);
    this.startCpu = now.cpuMs;
    this.startedAt = performance.now();
    this.peakRss = now.rssBytes;
    this.startWaitNs = schedulerTimes(this.pid).waitNs;
    this.timer = setInterval(() => {
      this.peakRss = Math.max(this.peakRss, processUsage(this.pid).rssBytes);
    }, 250);
  }

  /**
   * @returns CPU as a percentage of one core over the window, peak RSS in MiB, and the share of the
   * window its main thread spent waiting for a CPU
   */
  stop(): { cpuPercent: number; peakRssMiB: number; waitPercent: number } {
    if (this.timer) clearInterval(this.timer);
    const now = processUsage(this.pid);
    const wallMs = performance.now() - this.startedAt;
    return {
      cpuPercent: ((now.cpuMs - this.startCpu) / wallMs) * 100,
      peakRssMiB: Math.max(this.peakRss, now.rssBytes) / 1024 ** 2,
      waitPercent: ((schedulerTimes(this.pid).waitNs - this.startWaitNs) / 1e6 / wallMs) * 100,
    };
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The monotonic clock V8's profiler stamps its samples with (µs), read in this process. */
export const profilerClockMicros = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Sums self time per function (ms) in the `.cpuprofile` a Node process started with `--cpu-prof
 * --cpu-prof-dir=<folder>` wrote when it exited, counting only samples taken between `from` and
 * `to` (`profilerClockMicros()` read around the measured window: V8 and `process.hrtime` share the
 * system's monotonic clock), so start-up and seeding stay out of it.
 */
export function selfTimeFromProfileFolder(folder: string, window: { from: number; to: number }): Map<string, number> {
  const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`No .cpuprofile in ${folder}`);
  const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < window.from || at > window.to) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').slice(-2).join('/') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + delta / 1000);
  });
  return self;
}

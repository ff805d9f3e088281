import { cpus, loadavg, totalmem, platform, release } from 'node:os';

/** A one-paragraph description of the machine the figures were measured on. */
export function describeMachine(): string {
  const cpu = cpus();
  return [
    `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} cores`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- OS: ${platform()} ${release()}`,
    `- Node.js: ${process.version}`,
  ].join('\n');
}

/** The 1, 5 and 15 minute load averages, as text. */
export function describeLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
}

// Loaded into the Planrom server process by benchmarks (`node --import`): the server's own
// event-loop delay, as Node measures it (a 10 ms timer and how late it fires). Each SIGUSR2 writes
// what was measured since the previous one to $PLANROM_BENCH_LOOP_DELAY_FILE and starts over.
import { renameSync, writeFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

const file = process.env.PLANROM_BENCH_LOOP_DELAY_FILE;
if (file) {
  const resolutionMs = 10;
  const delay = monitorEventLoopDelay({ resolution: resolutionMs });
  delay.enable();
  process.on('SIGUSR2', () => {
    // The histogram holds the time between the timer's runs, resolution included: the lag is what exceeds it.
    const ms = (ns) => Math.max(0, ns / 1e6 - resolutionMs);
    const measured = { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), samples: delay.count };
    writeFileSync(`${file}.tmp`, JSON.stringify(measured));
    renameSync(`${file}.tmp`, file);
    delay.reset();
  });
}

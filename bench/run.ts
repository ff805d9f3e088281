import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeLoad, describeMachine } from './support/machine';
import type { BenchSuite } from './support/suite';
import { restThroughput } from './rest-throughput';
import { canvasLatency } from './canvas-latency';
import { canvasOpen } from './canvas-open';
import { diagramLayout } from './diagram-layout';
import { diagramSync } from './diagram-sync';
import { storage } from './storage';
import { diagramOpen } from './diagram-open';
import { bundleSize } from './bundle-size';
import { importUnderLoad } from './import-under-load';
import { clusterLatency } from './cluster-latency';

/** Every benchmark, in the order they run. `npm run bench -- <name>…` runs only those named. */
const suites: BenchSuite[] = [
  restThroughput,
  bundleSize,
  canvasOpen,
  diagramOpen,
  diagramLayout,
  canvasLatency,
  diagramSync,
  storage,
  importUnderLoad,
  clusterLatency,
];

// BENCH_OUT writes elsewhere (e.g. to re-run one suite without replacing the full run's results).
const file = process.env.BENCH_OUT ?? fileURLToPath(new URL('RESULTS.md', import.meta.url));

/** Writes what has been measured so far (after every suite, so a stopped run keeps its results). */
function writeResults(finished: boolean) {
  writeFileSync(
    file,
    [
      '# Planrom benchmark results',
      '',
      `Measured by \`npm run bench\` on ${runDate} UTC.${finished ? '' : ' (Run still going or stopped: not every suite is here yet.)'}`,
      '',
      describeMachine(),
      `- Load average (1 / 5 / 15 min) when the run started: ${loadAtStart}; ${finished ? 'when it ended' : 'now'}: ${describeLoad()}. The machine is shared: ` +
        'other people’s test runs used the same two cores during the run, so every figure here includes that contention.',
      `- The run took ${((performance.now() - runStarted) / 60_000).toFixed(0)} minutes${finished ? '' : ' so far'}.`,
      '',
      'How each suite measures is described in [README.md](README.md).',
      '',
      ...sections,
      '',
    ].join('\n'),
  );
}

const runDate = new Date().toISOString().slice(0, 16).replace('T', ' ');
const wanted = process.argv.slice(2);
const chosen = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;
const sections: string[] = [];
const loadAtStart = describeLoad();
const runStarted = performance.now();
for (const suite of chosen) {
  console.log(`▶ ${suite.title}`);
  const started = performance.now();
  const load = describeLoad();
  try {
    const section = await suite.run();
    console.log(section, '\n');
    sections.push(
      `## ${suite.title}\n\n${section}\n\n_Took ${((performance.now() - started) / 1000).toFixed(0)} s; load average (1 / 5 / 15 min) at its start: ${load}._`,
    );
  } catch (error) {
    console.error(error);
    sections.push(`## ${suite.title}\n\nFailed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
  writeResults(false);
}
writeResults(true);

console.log(`Results written to ${file}`);

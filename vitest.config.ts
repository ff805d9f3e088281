import { defineConfig } from 'vitest/config';
import SlowFilesFirst from './e2e/support/slow-files-first';

export default defineConfig({
  test: {
    sequence: { sequencer: SlowFilesFirst },
    projects: [
      {
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'web/build/**/*.test.ts'],
          testTimeout: 20_000,
          // Hooks start real servers (some as child processes): slow on a busy machine, never hung.
          hookTimeout: 120_000,
          // vitest's default is one fewer than the cores: one at a time here, where most of a file's
          // time is its own process starting and importing, not its tests.
          maxWorkers: 2,
          // A worker imports the server once for all its files, not once per file (import time
          // 117 → 22 s). These files share no module state: each opens its own database and server.
          isolate: false,
        },
      },
      {
        test: {
          name: 'web',
          sequence: { groupOrder: 0 },
          // Isolated: some run in a DOM (happy-dom) whose globals must not reach the next file.
          include: ['web/src/**/*.test.{ts,tsx}'],
          testTimeout: 20_000,
          // Beside the unit files (same group), so the same number of workers.
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'e2e',
          // After the unit tests, so the two never compete for the two cores.
          sequence: { groupOrder: 1 },
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 150_000,
          // Each file runs its own server and browser; two cores fit two at a time.
          maxWorkers: 2,
          // A worker imports playwright, axe and the templates once for all its files, not once per
          // file (about 2.7 s each). The files share no module state: each starts its own server
          // and browser, and the support modules keep none.
          isolate: false,
        },
      },
    ],
  },
});

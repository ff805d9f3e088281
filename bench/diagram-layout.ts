import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../e2e/support/chromium';
import { serveFolder } from './support/serve-folder';
import { ms, table } from './support/stats';
import type { BenchSuite } from './support/suite';
import type { LayoutRun } from './support/layout-run';

const sizes = [50, 200, 1000];
const repeats = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * ELK layout of plan-process flows in the browser, with the editor's own layout code and worker
 * (built by Vite exactly as the app is), in headless Chromium: how long a layout takes, and whether
 * the main thread had any task over 100 ms meanwhile.
 */
export const diagramLayout: BenchSuite = {
  name: 'diagram-layout',
  title: 'Diagram boards: automatic layout (ELK in a Web Worker)',
  async run() {
    const loadBefore = loadavg()[0]!;
    const outDir = mkdtempSync(join(tmpdir(), 'planrom-layout-bench-'));
    // The page imports the editor's code, so it lives with the web app; the bench only builds and loads it.
    const pageRoot = fileURLToPath(new URL('../web/bench-pages/diagram-layout/', import.meta.url));
    await build({ root: pageRoot, base: './', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const site = await serveFolder(outDir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(site.url);
      await page.waitForSelector('body[data-ready="true"]');
      const runLayout = (size: number) => page.evaluate((n) => (window as unknown as { runLayout(n: number): Promise<LayoutRun> }).runLayout(n), size);
      // The first layout also starts the worker and compiles ELK: reported on its own.
      const cold = await runLayout(sizes[0]!);
      const rows: Array<Array<string | number>> = [];
      for (const size of sizes) {
        const runs: LayoutRun[] = [];
        for (let i = 0; i < repeats; i++) runs.push(await runLayout(size));
        const longest = Math.max(...runs.map((run) => run.longestTask));
        rows.push([
          size,
          ms(median(runs.map((run) => run.ms))),
          ms(Math.max(...runs.map((run) => run.ms))),
          longest > 100 ? `yes (${ms(longest)})` : longest > 0 ? `no (longest ${ms(longest)})` : 'no (none ≥ 50 ms)',
          ms(Math.max(...runs.map((run) => run.longestGap))),
        ]);
      }
      return [
        `Generated plan-process flows (7 phases, 8 lanes, parallel branches, alternative paths and loops back), laid out by the editor's ` +
          `\`layoutDiagram\` with ELK in its Web Worker (\`elk-api.js\` + \`elk-worker.min.js?url\`), in headless Chromium, ${repeats} runs per size. ` +
          'The time is what the editor waits for: building the graph, the worker round trip and placing lanes. Long tasks come from the ' +
          "browser's Long Tasks API; the timer gap is the longest pause between 10 ms ticks on the main thread during the layout.",
        '',
        table(['nodes', 'median', 'slowest', 'main-thread task > 100 ms?', 'longest timer gap'], rows),
        '',
        `The very first layout (worker start-up and ELK compilation included, ${sizes[0]} nodes) took ${ms(cold.ms)}. ` +
          `Load average (1 min) before and after: ${loadBefore.toFixed(1)} and ${loadavg()[0]!.toFixed(1)}.`,
      ].join('\n');
    } finally {
      await browser.close();
      site.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};

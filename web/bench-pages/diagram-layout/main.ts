import { elkEngine } from '../../src/features/diagram/layout/elk-engine';
import { layoutDiagram } from '../../src/features/diagram/layout/layout-diagram';
import { generateProcess } from '../../../bench/support/generate-process';
import type { LayoutRun } from '../../../bench/support/layout-run';

const longTasks: Array<{ start: number; end: number }> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
}).observe({ type: 'longtask', buffered: true });

/**
 * Lays out generated process flows with the editor's own layout code and ELK worker, and watches
 * the main thread while it runs.
 */
async function run(size: number): Promise<LayoutRun> {
  const { nodes, edges } = generateProcess(size);
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  const positions = await layoutDiagram(elkEngine(), { diagramType: 'planprosess', nodes, edges });
  const ended = performance.now();
  clearInterval(ticker);
  if (positions.size !== size) throw new Error(`laid out ${positions.size} of ${size}`);
  await new Promise((resolve) => setTimeout(resolve, 100));
  const during = longTasks.filter((task) => task.end > started && task.start < ended);
  return { size, ms: ended - started, longestTask: Math.max(0, ...during.map((task) => task.end - task.start)), longestGap };
}

(window as unknown as { runLayout: typeof run }).runLayout = run;
document.body.dataset.ready = 'true';

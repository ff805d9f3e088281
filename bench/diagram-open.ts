import { launchBrowser } from '../e2e/support/chromium';
import { logInPage } from './support/browser-login';
import { diagramFormat, diagramFormatVersion } from '../shared/diagram/diagram-document';
import { generateProcess } from './diagram-layout-page/generate-process';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const sizes = [50, 200, 1000];
const runs = 3;

/** Time from navigating to a diagram board until its nodes are on screen in React Flow, in headless Chromium. */
export const diagramOpen: BenchSuite = {
  name: 'diagram-open',
  title: 'Diagram boards: time to open a board in headless Chromium',
  async run() {
    const server = await startPlanrom({ env: benchAdminEnv });
    const browser = await launchBrowser();
    try {
      const { api, regionId } = await logInBenchAdmin(server);
      const rows: Array<Array<string | number>> = [];
      for (const size of sizes) {
        const board = await api.post(`/api/regions/${regionId}/boards`, { title: `Planprosess ${size}`, kind: 'diagram' });
        const boardId = board.body.board.id as string;
        const { nodes, edges } = generateProcess(size);
        const imported = await api.request(`/api/boards/${boardId}/diagram/import`, {
          method: 'POST',
          headers: { origin: server.url },
          json: { format: 'json', document: { format: diagramFormat, version: diagramFormatVersion, diagramType: 'planprosess', nodes, edges } },
        });
        if (imported.status !== 200) throw new Error(`import of ${size} nodes failed: ${JSON.stringify(imported.body).slice(0, 500)}`);
        const firstNode: number[] = [];
        const allNodes: number[] = [];
        let fewest = size;
        for (let run = 0; run < runs; run += 1) {
          // A fresh context each time: nothing cached, as for someone opening the board first.
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          const page = await context.newPage();
          await logInPage(page, server.url);
          const started = performance.now();
          await page.goto(`${server.url}/tavler/${boardId}`);
          await page.locator('.react-flow__node').first().waitFor({ state: 'visible', timeout: 120_000 });
          firstNode.push(performance.now() - started);
          try {
            await page.waitForFunction((n) => document.querySelectorAll('.react-flow__node').length >= n, size, { timeout: 60_000, polling: 'raf' });
            allNodes.push(performance.now() - started);
          } catch {
            fewest = Math.min(fewest, await page.locator('.react-flow__node').count());
          }
          await context.close();
        }
        rows.push([
          size,
          edges.length,
          ms(percentile(firstNode, 50)),
          allNodes.length ? ms(percentile(allNodes, 50)) : `not all within 60 s (${fewest} on screen)`,
          allNodes.length ? ms(Math.max(...allNodes)) : '–',
        ]);
        console.log(`  ${size} nodes: done`);
      }
      return [
        `A generated plan-process flow (the layout benchmark’s generator: process steps and clarification points in 7 phases and 8 lanes, with edges), ` +
          'imported through the server’s diagram import route (`POST /api/boards/:id/diagram/import`), then opened ' +
          `${runs} times each in a fresh headless Chromium context (cold cache, logged in, 1440×900): from navigation until the first React Flow node is visible, ` +
          'and until all of the diagram’s nodes are in the page (the editor fits the view to the whole diagram; above 300 nodes it renders only visible ones, ' +
          'which after fitting is all of them). The page loads the app, then the diagram editor (lazy chunk with React Flow), connects to the board’s room, ' +
          'receives the Yjs document and renders it. The first run also loads the board’s room on the server.',
        '',
        table(['nodes', 'edges', 'first node visible (median)', 'all nodes in the page (median)', 'all nodes (slowest)'], rows),
      ].join('\n');
    } finally {
      await browser.close();
      await server.dispose();
    }
  },
};

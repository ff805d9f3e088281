import { createTLSchema } from '@tldraw/tlschema';
import { getIndicesAbove } from '@tldraw/utils';
import { launchBrowser } from '../e2e/support/chromium';
import { logInPage } from './support/browser-login';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';
import { ms, percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const sizes = [500, 2000, 4000];
const runs = 3;

/** A .tldr file with `count` sticky notes in a grid, each with a line of text. */
function boardFile(count: number): string {
  const indices = getIndicesAbove(null, count);
  const columns = Math.ceil(Math.sqrt(count));
  const notes = indices.map((index, i) => ({
    id: `shape:note${i}`,
    typeName: 'shape',
    type: 'note',
    x: (i % columns) * 240,
    y: Math.floor(i / columns) * 240,
    rotation: 0,
    index,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: ['yellow', 'light-blue', 'light-green', 'orange'][i % 4],
      labelColor: 'black',
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Innspill ${i + 1} fra kommunene` }] }] },
      textLastEditedBy: null,
    },
  }));
  return JSON.stringify({
    tldrawFileFormatVersion: 1,
    schema: createTLSchema().serialize(),
    records: [
      { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
      { id: 'page:page', typeName: 'page', name: 'Side 1', index: 'a1', meta: {} },
      ...notes,
    ],
  });
}

/** Time from navigating to a board page until its shapes are on screen, in headless Chromium. */
export const canvasOpen: BenchSuite = {
  name: 'canvas-open',
  title: 'Canvas boards: time to open a board in headless Chromium',
  async run() {
    const server = await startPlanrom({ env: benchAdminEnv });
    const browser = await launchBrowser();
    try {
      const { api, regionId } = await logInBenchAdmin(server);
      const rows: Array<Array<string | number>> = [];
      for (const size of sizes) {
        const made = await api.request(`/api/regions/${regionId}/canvas-import?name=${size}.tldr`, {
          method: 'POST',
          headers: { 'content-type': 'application/vnd.tldraw+json' },
          body: boardFile(size),
        });
        if (made.status !== 201) throw new Error(`import of ${size} shapes failed: ${JSON.stringify(made.body)}`);
        const boardId = made.body.board.id as string;
        const received: number[] = [];
        const firstShape: number[] = [];
        const allShapes: number[] = [];
        let timedOut: string | null = null;
        for (let run = 0; run < runs && !timedOut; run += 1) {
          // A fresh context each time: nothing cached, as for someone opening the board first.
          const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
          const page = await context.newPage();
          await logInPage(page, server.url);
          const started = performance.now();
          page.on('websocket', (socket) =>
            socket.on('framereceived', (frame) => {
              if (String(frame.payload).startsWith('{"type":"connect"')) received.push(performance.now() - started);
            }),
          );
          try {
            await page.goto(`${server.url}/tavler/${boardId}`);
            await page.locator('.tl-shape').first().waitFor({ state: 'visible', timeout: 120_000 });
            firstShape.push(performance.now() - started);
            await page.waitForFunction((n) => document.querySelectorAll('.tl-shape').length >= n, size, { timeout: 120_000, polling: 'raf' });
            allShapes.push(performance.now() - started);
          } catch (error) {
            // On an overloaded machine a big board can miss the deadline: reported, and the size's other runs skipped.
            timedOut = `run ${run + 1} timed out after 120 s (${(error as Error).message.split('\n')[0]})`;
          } finally {
            await context.close();
          }
        }
        const median = (values: number[]) => (values.length ? ms(percentile(values, 50)) : '–');
        rows.push([
          size,
          median(received),
          median(firstShape),
          median(allShapes),
          allShapes.length ? ms(Math.max(...allShapes)) : '–',
          timedOut ? `${allShapes.length} of ${runs} runs; ${timedOut}` : `${runs} of ${runs} runs`,
        ]);
        console.log(`  ${size} shapes: done`);
      }
      return [
        `A board of sticky notes with text, opened ${runs} times each in a fresh headless Chromium context (cold cache, ` +
          'logged in, 1440×900): from navigation until the first shape is visible, and until all of the board’s shapes ' +
          'are in the page (tldraw mounts every shape; those outside the view are culled, not drawn). The page loads the ' +
          'app, then tldraw (lazy chunk), connects to the board’s room and receives the whole board. The first of the ' +
          'runs also loads the board’s room on the server.',
        '',
        table(['shapes', 'whole board received (median)', 'first shape visible (median)', 'all shapes in the page (median)', 'all shapes (slowest)', 'runs'], rows),
        '',
        'The server’s part ends when the whole board has arrived over the socket; the rest is the browser applying the ' +
          'records to tldraw’s store, measuring every note’s text and mounting the shapes.',
      ].join('\n');
    } finally {
      await browser.close();
      await server.dispose();
    }
  },
};

import { launchBrowser } from '../e2e/support/chromium';
import { noteGridFile } from '../e2e/support/note-grid';
import { logInPage } from './support/browser-login';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startFloorPages } from './support/floor-pages';
import { describeProfiles, medianOf, openSizes, ratio, ratioRange, seconds, timeOpenInterleaved, type OpenVariant } from './support/open-timing';
import { startPlanrom } from './support/planrom-process';
import { percentile, table } from './support/stats';
import type { BenchSuite } from './support/suite';

const { sizes, runs } = openSizes([500, 2000, 4000]);

/**
 * Time from navigating to a canvas board until its shapes are on screen, in headless Chromium:
 * Planrom's board page against the floor, a bare <Tldraw> page loading the same document (the
 * board's own .tldr export) from a snapshot, interleaved in one run.
 */
export const canvasOpen: BenchSuite = {
  name: 'canvas-open',
  title: 'Canvas boards: time to open a board in headless Chromium, against a bare tldraw page',
  async run() {
    const server = await startPlanrom({ env: benchAdminEnv });
    const floors = await startFloorPages();
    const browser = await launchBrowser();
    try {
      const { api, regionId } = await logInBenchAdmin(server);
      const rows: Array<Array<string | number>> = [];
      const profiles: string[] = [];
      for (const size of sizes) {
        const made = await api.request(`/api/regions/${regionId}/canvas-import?name=${size}.tldr`, {
          method: 'POST',
          headers: { 'content-type': 'application/vnd.tldraw+json' },
          body: noteGridFile(size),
        });
        if (made.status !== 201) throw new Error(`import of ${size} shapes failed: ${JSON.stringify(made.body)}`);
        const boardId = made.body.board.id as string;
        // The floor loads exactly what Planrom stored: the board's own export.
        const exported = await api.get(`/api/boards/${boardId}/canvas/export.tldr`);
        if (exported.status !== 200) throw new Error(`export of ${size} shapes failed: ${exported.status}`);
        floors.put(`canvas-${size}`, JSON.stringify(exported.body));

        const received: number[] = [];
        const variants: OpenVariant[] = [
          {
            name: 'planrom',
            url: `${server.url}/tavler/${boardId}`,
            prepare: (page) => logInPage(page, server.url),
            watch: (page) =>
              page.on('websocket', (socket) =>
                socket.on('framereceived', async (frame) => {
                  if (!String(frame.payload).startsWith('{"type":"connect"')) return;
                  received.push((await page.evaluate(() => performance.now()).catch(() => Number.NaN)) as number);
                }),
              ),
          },
          { name: 'floor', url: floors.pageUrl('tldraw', `canvas-${size}`) },
        ];
        const results = await timeOpenInterleaved(browser, variants, '.tl-shape', size, runs);
        const planrom = results.get('planrom')!;
        const floor = results.get('floor')!;
        const done = (result: typeof planrom) => (result.failed ? `${result.times.length} of ${runs}; ${result.failed}` : `${runs} of ${runs}`);
        const arrived = received.filter((value) => Number.isFinite(value));
        rows.push([
          size,
          arrived.length ? seconds(percentile(arrived, 50)) : '–',
          seconds(medianOf(floor, 'visible')),
          seconds(medianOf(planrom, 'visible')),
          ratio(medianOf(planrom, 'visible'), medianOf(floor, 'visible')),
          seconds(medianOf(floor, 'all')),
          seconds(medianOf(planrom, 'all')),
          ratio(medianOf(planrom, 'all'), medianOf(floor, 'all')),
          ratioRange(planrom, floor, 'all'),
          `Planrom ${done(planrom)}, floor ${done(floor)}`,
        ]);
        const profileText = describeProfiles(`${size} notes`, results);
        if (profileText) profiles.push(profileText);
        console.log(`  ${size} shapes: done`);
      }
      return [
        `A board of sticky notes with text, opened ${runs} times each (after one opening of each that is not counted) in a fresh headless Chromium context (cold cache, 1440×900), ` +
          'Planrom (logged in, `/tavler/:id`) and the floor interleaved in the same run: a bare `<Tldraw>` page built by the ' +
          'same Vite configuration (`web/bench-pages/open-floors/tldraw.html`) that loads the same document from a snapshot (the board’s ' +
          'own .tldr export) with the same self-hosted assets and language, runs tldraw exactly as published on npm (Planrom’s ' +
          'patch of tldraw taken back out for the floor’s build), and starts at tldraw’s own view. Times are read on ' +
          'the page’s clock from navigation start, polled every animation frame: until any shape is visible on screen (not the ' +
          'first in DOM order, which a view may cull), and until all of the board’s shapes are in the page (tldraw mounts every ' +
          'shape; those outside the view are culled, not drawn). Ratios are Planrom’s median over the floor’s; per run, the lowest and ' +
          'highest of each Planrom run over the floor run next to it (all shapes in the page).',
        '',
        table(
          [
            'notes',
            'Planrom: whole board received',
            'floor: any shape visible',
            'Planrom: any shape visible',
            'ratio',
            'floor: all shapes in the page',
            'Planrom: all shapes in the page',
            'ratio',
            'ratio per run',
            'runs',
          ],
          rows,
        ),
        '',
        'Planrom’s page (in which the server names tldraw’s chunk for a canvas the person may open) loads the app and tldraw ' +
          'together, asks at once who is logged in, for the board and for the configuration, connects to the board’s room and receives the whole board; the ' +
          'floor has the document in its first request. The first Planrom run of a size also loads the board’s room on the server.',
        ...profiles.flatMap((text) => ['', text]),
      ].join('\n');
    } finally {
      await browser.close();
      floors.close();
      await server.dispose();
    }
  },
};

import { launchBrowser } from '../e2e/support/chromium';
import { recordScripts } from '../e2e/support/page-scripts';
import { logInPage } from './support/browser-login';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startPlanrom } from './support/planrom-process';
import { table } from './support/stats';
import type { BenchSuite } from './support/suite';

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** JavaScript each kind of page loads, gzip, from the built app served by Planrom. */
export const bundleSize: BenchSuite = {
  name: 'bundle-size',
  title: 'JavaScript shipped per page',
  async run() {
    const server = await startPlanrom({ env: benchAdminEnv });
    const browser = await launchBrowser();
    try {
      const { api, regionId } = await logInBenchAdmin(server);
      const boardOf = async (kind: string) => (await api.post(`/api/regions/${regionId}/boards`, { title: 'Måling', kind })).body.board.id as string;
      const pages = [
        { name: 'Region list (`/`)', path: '/', ready: 'h1' },
        { name: 'Region page (`/samarbeid/:id`)', path: `/samarbeid/${regionId}`, ready: 'h1' },
        { name: 'Region archive (`/samarbeid/:id/arkiv`)', path: `/samarbeid/${regionId}/arkiv`, ready: 'h1' },
        { name: 'Canvas board (`/tavler/:id`)', path: `/tavler/${await boardOf('canvas')}`, ready: '.tl-container' },
        // Its tools, not only its drawing: what it loads once they are drawn would come after a quiet moment on a slow socket.
        { name: 'Diagram board (`/tavler/:id`)', path: `/tavler/${await boardOf('diagram')}`, ready: '.diagram-toolbar' },
      ];
      const rows: Array<Array<string | number>> = [];
      for (const { name, path, ready } of pages) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await logInPage(page, server.url);
        const loadedScripts = recordScripts(page);
        await page.goto(`${server.url}${path}`);
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
        await page.waitForLoadState('networkidle');
        const loaded = await loadedScripts();
        await context.close();
        const libraries = [...new Set(loaded.flatMap((s) => s.libraries))];
        rows.push([
          name,
          loaded.length,
          kib(loaded.reduce((sum, s) => sum + s.rawBytes, 0)),
          kib(loaded.reduce((sum, s) => sum + s.gzipBytes, 0)),
          libraries.length ? libraries.join(', ') : 'none',
        ]);
      }
      return [
        'Every script a logged-in page loads in headless Chromium (fresh context) until its content is there and the network is idle, from the production ' +
          'build (`npm run build`, `dist/web`) served by Planrom; sizes are the files as built and gzip-compressed at the default level with Node’s zlib ' +
          '(the method of `e2e/bundle-budget.test.ts`, which enforces the region pages’ 250 KB budget and that they load no editor code). ' +
          'The ELK layout worker is not counted: it loads only when someone runs automatic layout.',
        '',
        table(['page', 'scripts', 'JavaScript (raw)', 'JavaScript (gzip)', 'editor libraries in it'], rows),
      ].join('\n');
    } finally {
      await browser.close();
      await server.dispose();
    }
  },
};

import * as Y from 'yjs';
import { launchBrowser } from '../e2e/support/chromium';
import { logInPage } from './support/browser-login';
import { diagramDocumentSchema } from '../shared/diagram/diagram-document';
import { replaceDiagram } from '../shared/diagram/diagram-ydoc';
import { appPageHeaders } from './support/app-page-headers';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { startFloorPages } from './support/floor-pages';
import { startOtherSite } from '../e2e/support/other-site';
import { importDiagram, processDocument } from './support/import-diagram';
import {
  describeProfiles,
  medianMeasure,
  medianOf,
  openSizes,
  ratio,
  ratioRange,
  seconds,
  timeOpenInterleaved,
  type OpenTimes,
  type OpenVariant,
} from './support/open-timing';
import { startPlanrom } from './support/planrom-process';
import { table } from './support/stats';
import type { BenchSuite } from './support/suite';

const { sizes, runs } = openSizes([50, 200, 1000]);
/** Another build of the app, opened as one more variant in the same interleaved runs (an A/B of a change). */
const compareDist = process.env.BENCH_COMPARE_DIST;
/** In Planrom's board page once the diagram can be edited: its live document is in. */
const editableSelector = '.diagram-canvas[aria-busy="false"]';

/**
 * Time from navigating to a diagram board until its nodes are on screen in React Flow, in headless
 * Chromium: Planrom's board page against three floors with the same nodes and edges, a bare
 * <ReactFlow> with plain nodes, one with Planrom's node and edge components, and one with the
 * components that reads the nodes from the board's live document (Yjs) as the editor does,
 * interleaved.
 */
export const diagramOpen: BenchSuite = {
  name: 'diagram-open',
  title: 'Diagram boards: time to open a board in headless Chromium, against bare React Flow pages',
  async run() {
    const server = await startPlanrom({ env: benchAdminEnv });
    // The same Planrom with rooms that unload as soon as the last person left: each of its openings
    // loads the board from the database, as the first person to open a board does.
    const cold = await startPlanrom({ env: { ...benchAdminEnv, DIAGRAM_ROOM_IDLE_SECONDS: '0' } });
    const compared = compareDist ? await startPlanrom({ env: { ...benchAdminEnv, WEB_DIST: compareDist } }) : null;
    const floors = await startFloorPages({ appHeaders: await appPageHeaders(server.url) });
    const otherSite = await startOtherSite();
    const browser = await launchBrowser();
    try {
      const { api, regionId } = await logInBenchAdmin(server);
      const coldAdmin = await logInBenchAdmin(cold);
      const comparedAdmin = compared ? await logInBenchAdmin(compared) : null;
      const rows: Array<Array<string | number>> = [];
      const profiles: string[] = [];
      let edgeCounts = '';
      const liveDocumentCosts: string[] = [];
      const editableTimes: string[] = [];
      const linkedRows: Array<Array<string | number>> = [];
      for (const size of sizes) {
        const document = processDocument(size);
        const boardId = await importDiagram(api, server.url, regionId, size, document);
        // The floors render exactly what Planrom stored: the board's own JSON export.
        const exported = await api.get(`/api/boards/${boardId}/diagram/export.json`);
        if (exported.status !== 200) throw new Error(`export of ${size} nodes failed: ${exported.status}`);
        floors.put(`diagram-${size}`, JSON.stringify(exported.body));
        // The live document as the server's import writes it (replaceDiagram), for the Yjs floor.
        const liveDocument = new Y.Doc();
        replaceDiagram(liveDocument, diagramDocumentSchema.parse(exported.body));
        floors.putYjs(`diagram-${size}`, Y.encodeStateAsUpdate(liveDocument));
        edgeCounts += `${edgeCounts ? ', ' : ''}${size} nodes: ${document.edges.length} edges`;

        const variants: OpenVariant[] = [
          { name: 'planrom', url: `${server.url}/tavler/${boardId}`, prepare: (page) => logInPage(page, server.url), editableSelector },
          {
            name: 'cold',
            url: `${cold.url}/tavler/${await importDiagram(coldAdmin.api, cold.url, coldAdmin.regionId, size, document)}`,
            prepare: (page) => logInPage(page, cold.url),
            editableSelector,
          },
          { name: 'plain', url: floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=plain') },
          { name: 'components', url: floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=planrom') },
          { name: 'yjs', url: floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=planrom&source=yjs') },
          // Opened by a link on another site, Planrom's page comes with its opener policy; the floor is served as Planrom serves it.
          {
            name: 'linked-floor',
            url: floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=planrom&served-as=app'),
            linkedFrom: otherSite.url,
          },
          {
            name: 'linked-planrom',
            url: `${server.url}/tavler/${boardId}`,
            prepare: (page) => logInPage(page, server.url),
            linkedFrom: otherSite.url,
          },
        ];
        if (compared && comparedAdmin) {
          const comparedBoardId = await importDiagram(comparedAdmin.api, compared.url, comparedAdmin.regionId, size, document);
          variants.push({ name: 'compared', url: `${compared.url}/tavler/${comparedBoardId}`, prepare: (page) => logInPage(page, compared.url) });
        }
        const results = await timeOpenInterleaved(browser, variants, '.react-flow__node', size, runs);
        const [planrom, coldRoom, plain, components, yjs, linkedFloor, linkedPlanrom] = [
          'planrom',
          'cold',
          'plain',
          'components',
          'yjs',
          'linked-floor',
          'linked-planrom',
        ].map((name) => results.get(name)!);
        const failures = [...results]
          .filter(([, result]) => result.failed)
          .map(([name, result]) => `${name}: ${result.times.length} of ${runs}; ${result.failed}`);
        for (const measure of ['visible', 'all'] as const) {
          const until = measure === 'visible' ? 'any node visible' : 'all nodes in the page';
          rows.push([
            size,
            until,
            seconds(medianOf(plain, measure)),
            seconds(medianOf(components, measure)),
            seconds(medianOf(yjs, measure)),
            seconds(medianOf(planrom, measure)),
            ratio(medianOf(planrom, measure), medianOf(plain, measure)),
            ratio(medianOf(planrom, measure), medianOf(components, measure)),
            ratio(medianOf(yjs, measure), medianOf(components, measure)),
            ratioRange(planrom, components, measure),
            seconds(medianOf(coldRoom, measure)),
            ratio(medianOf(coldRoom, measure), medianOf(components, measure)),
            measure === 'visible' ? failures.join('; ') || `${runs} of ${runs} each` : '',
            ...(compared ? comparedColumns(results.get('compared')!, components, measure) : []),
          ]);
          linkedRows.push([
            size,
            until,
            seconds(medianOf(components, measure)),
            seconds(medianOf(linkedFloor, measure)),
            ratio(medianOf(linkedFloor, measure), medianOf(components, measure)),
            seconds(medianOf(linkedPlanrom, measure)),
            ratio(medianOf(linkedPlanrom, measure), medianOf(linkedFloor, measure)),
            ratio(medianOf(linkedPlanrom, measure), medianOf(components, measure)),
          ]);
        }
        editableTimes.push(
          `${size} nodes ${seconds(medianOf(planrom, 'editable'))} (${ratio(medianOf(planrom, 'editable'), medianOf(components, 'all'))} the components floor's time until all nodes are in the page), ` +
            `board not loaded on the server ${seconds(medianOf(coldRoom, 'editable'))}`,
        );
        const applied = medianMeasure(yjs, 'live-document-apply');
        const read = medianMeasure(yjs, 'live-document-read');
        if (applied !== null && read !== null) liveDocumentCosts.push(`${size} nodes ${applied.toFixed(0)} ms and ${read.toFixed(0)} ms`);
        const profileText = describeProfiles(`${size} nodes`, results);
        if (profileText) profiles.push(profileText);
        console.log(`  ${size} nodes: done`);
      }
      return [
        `A generated plan-process flow (the layout benchmark’s generator: process steps and clarification points in 7 phases and 8 lanes, with edges; ${edgeCounts}), ` +
          'imported through the server’s diagram import route, then opened ' +
          `${runs} times each (after one opening of each that is not counted) in a fresh headless Chromium context (cold cache, 1440×900), interleaved with three floors built by the same Vite configuration ` +
          '(`web/bench-pages/open-floors/react-flow.html`) that render the board’s own JSON export with a bare `<ReactFlow>` and Planrom’s view props ' +
          '(fit, zoom limits, only visible elements above 300 nodes): **plain** with React Flow’s default nodes, **components** with Planrom’s ' +
          'node and edge components, labels and accessible names, built once, and **components from Yjs**, the same but reading the nodes and edges from ' +
          'the board’s live document (the JSON put into a Yjs document as the server’s import does, its update fetched, applied and read by Planrom’s ' +
          'read model, as the editor gets it from its socket). Times are on the page’s clock from navigation start, polled ' +
          'every animation frame: until any node is visible on screen, and until all nodes are in the page. Ratios are Planrom’s median over the floor’s; ' +
          'per run, the lowest and highest of each Planrom run over the components floor’s run next to it. ' +
          'Planrom’s board room stays loaded on the server for 30 s after the last person left (`DIAGRAM_ROOM_IDLE_SECONDS`), so its openings here find it loaded, ' +
          'as someone coming back to a board does; **board not loaded on the server** is a second Planrom whose rooms unload at once, so each opening ' +
          'first loads the board from the database, as the first person to open a board does.',
        '',
        table(
          [
            'nodes',
            'until',
            'floor: plain',
            'floor: components',
            'floor: components from Yjs',
            'Planrom',
            'ratio to plain',
            'ratio to components',
            'Yjs floor to components',
            'per run, to components',
            'Planrom, board not loaded on the server',
            'its ratio to components',
            'runs',
            ...(compared ? ['other build', 'other build to components'] : []),
          ],
          rows,
        ),
        '',
        'Planrom against the components floor is the cost of everything around the nodes (start-up, data loading, the socket, the ' +
          'editor’s own renders); the components floor against the plain one is the cost of Planrom’s node components; the Yjs floor against ' +
          'the components floor is what reading the board from its live document costs (decoding the update, the read model’s checks), without the app around it. ' +
          'Planrom draws the board’s stored content first and takes its live document right after; until that is in, the board can be read but not edited. ' +
          `Until it can be edited (medians): ${editableTimes.join('; ')}.` +
          (liveDocumentCosts.length
            ? ` The Yjs floor’s own marks (medians): applying the update, then the read model’s first read, ${liveDocumentCosts.join('; ')}.`
            : ''),
        '',
        'Opened by a link on another site (a page of its own in the same tab, as from webmail or a chat in the browser) instead of from its address: ' +
          'Planrom then sends its page with `Cross-Origin-Opener-Policy: same-origin`, so that site keeps no handle on the window, and Chromium ' +
          'moves the page into a new renderer process. The floor here is the components floor served with the headers Planrom sends to the same ' +
          'navigation (read from the running server), interleaved in the same runs. Opened from its address (the table above: the address bar, a ' +
          'bookmark, a link in a mail or chat program), Planrom sends no opener policy, since no other site can hold a handle on the tab, and its ' +
          'other headers cost nothing measurable ([open-traces.md](open-traces.md), seventeenth and nineteenth rounds).',
        '',
        table(
          [
            'nodes',
            'until',
            'floor: components, from its address',
            'the same, from a link, served as Planrom serves it',
            'the link’s cost',
            'Planrom from the link',
            'ratio to the floor from the link',
            'ratio to components from its address',
          ],
          linkedRows,
        ),
        ...profiles.flatMap((text) => ['', text]),
      ].join('\n');
    } finally {
      await browser.close();
      floors.close();
      otherSite.close();
      await server.dispose();
      await cold.dispose();
      await compared?.dispose();
    }
  },
};

/** The other build's median and its ratio to the components floor (BENCH_COMPARE_DIST). */
function comparedColumns(compared: { times: OpenTimes[] } | undefined, components: { times: OpenTimes[] } | undefined, measure: 'visible' | 'all'): string[] {
  return [seconds(medianOf(compared, measure)), ratio(medianOf(compared, measure), medianOf(components, measure))];
}

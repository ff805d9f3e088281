import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/chromium';
import { noteGridFile } from '../e2e/support/note-grid';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { logInPage } from './support/browser-login';
import { startFloorPages } from './support/floor-pages';
import { importDiagram } from './support/import-diagram';
import { startPlanrom } from './support/planrom-process';

/**
 * Traced openings of a canvas board of `size` notes (argument 1; argument 2: how many runs), Planrom
 * and the floor: a timeline of the page's requests and socket frames (DevTools protocol, the page's
 * clock from the document request), and the main thread's self time per function (V8's sampler) in
 * each phase: until the socket's handshake, until tldraw's connect message, until every shape is in
 * the page. Not a benchmark (one run, profiled): it says where the time goes. Build the app
 * unminified first for readable names:
 * `npx vite build --config web/vite.config.ts --minify false && BENCH_NO_MINIFY=1 npx tsx bench/trace-open.ts 2000`.
 * TRACE_ONLY=planrom|floor traces one of them; TRACE_TOP / TRACE_INCL set how many functions are
 * listed by self / inclusive time; TRACE_STRIP_HAS=1 serves Planrom's main stylesheet without its
 * `:has()` rules (the experiment behind bench/RESULTS.md's note on style recalculation).
 * TRACE_KIND=diagram traces a generated plan-process diagram of `size` nodes instead, against the
 * React Flow floor with Planrom's node components; the socket phase ends at the first frame received.
 * Every page also counts React's commits (a stand-in DevTools hook) and when each happened;
 * TRACE_COMMIT_PHASES=1 splits the profile at each commit instead.
 */
interface Event {
  at: number;
  what: string;
}
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

const size = Number(process.argv[2] ?? 2000);
const diagram = process.env.TRACE_KIND === 'diagram';
const shapeSelector = diagram ? '.react-flow__node' : '.tl-shape';
const runs = Number(process.argv[3] ?? 1);

async function trace(page: Page, url: string, count: number) {
  // React reports every commit to the DevTools hook when one is there before it loads.
  // (A string: tsx would wrap a function's inner functions in a helper the page does not have.)
  await page.addInitScript(`
    window.__commits = [];
    window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject() { return 1; },
      onCommitFiberRoot() { window.__commits.push(performance.now()); },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    };
  `);
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: Event[] = [];
  let origin = 0;
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!origin && e.type === 'Document') origin = e.timestamp;
    events.push({ at: e.timestamp, what: `request ${e.request.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 80)}` });
  });
  cdp.on('Network.loadingFinished', (e) => events.push({ at: e.timestamp, what: `finished #${e.requestId} ${(e.encodedDataLength / 1024).toFixed(0)} KB` }));
  cdp.on('Network.responseReceived', (e) => events.push({ at: e.timestamp, what: `response ${e.response.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 80)}` }));
  cdp.on('Network.webSocketCreated', (e) => events.push({ at: 0, what: `ws created ${e.url.slice(-60)}` }));
  cdp.on('Network.webSocketWillSendHandshakeRequest', (e) => events.push({ at: e.timestamp, what: `ws handshake sent` }));
  cdp.on('Network.webSocketHandshakeResponseReceived', (e) => events.push({ at: e.timestamp, what: `ws handshake answered` }));
  cdp.on('Network.webSocketFrameSent', (e) => events.push({ at: e.timestamp, what: `ws sent ${e.response.payloadData.slice(0, 40)}` }));
  cdp.on('Network.webSocketFrameReceived', (e) =>
    events.push({ at: e.timestamp, what: `ws received ${(e.response.payloadData.length / 1024).toFixed(0)} KB ${e.response.payloadData.slice(0, 40)}` }),
  );
  await cdp.send('Profiler.enable');
  // TRACE_INTERVAL: the sampling interval in µs (a long one, like 100000, for a timeline the profiler hardly slows).
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.TRACE_INTERVAL ?? 200) });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'commit' });
  const all = (await (
    await page.waitForFunction(
      ({ count, selector }) => (document.querySelectorAll(selector).length >= count ? performance.now() : false),
      { count, selector: shapeSelector },
      { polling: 'raf', timeout: 120_000 },
    )
  ).jsonValue()) as number;
  const commits = (await page.evaluate(() => (window as unknown as { __commits: number[] }).__commits)).filter((at) => at <= all);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  const marks = events.filter((e) => e.at > 0).map((e) => ({ at: (e.at - origin) * 1000, what: e.what }));
  marks.push({ at: all, what: 'ALL SHAPES IN PAGE (page clock)' });
  for (const [index, at] of commits.entries()) marks.push({ at, what: `react commit ${index + 1}` });
  marks.sort((a, b) => a.at - b.at);
  // Self time per function between consecutive phase boundaries (ws received frames and the end).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes as Array<ProfileNode & { children?: number[] }>) for (const c of n.children ?? []) parents.set(c, n.id);
  const boundaries = [
    0,
    ...marks
      .filter((m) =>
        (process.env.TRACE_COMMIT_PHASES
          ? /react commit|ALL/
          : diagram
            ? /ws received|ws handshake sent|ALL/
            : /ws received .*"type":"connect"|ws handshake sent|ALL/
        ).test(m.what),
      )
      .map((m) => m.at),
  ];
  const phases = boundaries.slice(1).map(() => new Map<string, number>());
  const inclusive = boundaries.slice(1).map(() => new Map<string, number>());
  let t = profile.startTime / 1000 - origin * 1000;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]! / 1000;
    const phase = boundaries.findIndex((b, j) => j > 0 && t < b) - 1;
    if (phase < 0) return;
    const frame = byId.get(id)!.callFrame;
    const name = `${frame.functionName || '(anon)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
    const ms = profile.timeDeltas[i]! / 1000;
    phases[phase]!.set(name, (phases[phase]!.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = parents.get(node)) {
      const f = byId.get(node)!.callFrame;
      const n = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive[phase]!.set(n, (inclusive[phase]!.get(n) ?? 0) + ms);
    }
  });
  await cdp.detach();
  return { marks, boundaries, phases, inclusive, all, commits: commits.length };
}

const server = await startPlanrom({ env: benchAdminEnv });
const floors = await startFloorPages();
const browser = await launchBrowser();
try {
  const { api, regionId } = await logInBenchAdmin(server);
  let boardId: string;
  if (diagram) {
    boardId = await importDiagram(api, server.url, regionId, size);
    const exported = await api.get(`/api/boards/${boardId}/diagram/export.json`);
    floors.put(`diagram-${size}`, JSON.stringify(exported.body));
  } else {
    const made = await api.request(`/api/regions/${regionId}/canvas-import?name=${size}.tldr`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.tldraw+json' },
      body: noteGridFile(size),
    });
    boardId = made.body.board.id as string;
    const exported = await api.get(`/api/boards/${boardId}/canvas/export.tldr`);
    floors.put(`canvas-${size}`, JSON.stringify(exported.body));
  }
  const which = (process.env.TRACE_ONLY ?? 'planrom,floor').split(',');
  for (let run = 0; run < runs; run += 1) {
    for (const variant of which) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      if (variant === 'planrom') await logInPage(page, server.url);
      // Experiment: TRACE_STRIP_HAS=1 serves the app's main stylesheet without its :has() rules.
      if (variant === 'planrom' && process.env.TRACE_STRIP_HAS)
        await page.route(/\/assets\/index-[^/]*\.css$/, async (route) => {
          const response = await route.fetch();
          const css = (await response.text()).replace(/[^{}]*:has\([^{}]*\{[^{}]*\}/g, '');
          await route.fulfill({ response, body: css });
        });
      const url =
        variant === 'planrom'
          ? `${server.url}/tavler/${boardId}`
          : diagram
            ? floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=planrom')
            : floors.pageUrl('tldraw', `canvas-${size}`);
      const result = await trace(page, url, size);
      console.log(`\n=== ${variant} ${size} run ${run + 1}: all shapes at ${result.all.toFixed(0)} ms, ${result.commits} React commits`);
      for (const mark of result.marks)
        if (!/finished/.test(mark.what) || process.env.TRACE_FINISHED) console.log(`${mark.at.toFixed(0).padStart(6)}  ${mark.what}`);
      result.phases.forEach((phase, i) => {
        const total = [...phase.values()].reduce((a, b) => a + b, 0);
        const top = [...phase]
          .filter(([n]) => !/^\((idle|program)\)/.test(n))
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(process.env.TRACE_TOP ?? 15));
        console.log(
          `-- phase ${result.boundaries[i]!.toFixed(0)}–${result.boundaries[i + 1]!.toFixed(0)} ms: sampled ${total.toFixed(0)} ms, idle ${(phase.get('(idle) :0') ?? 0).toFixed(0)}, program ${(phase.get('(program) :0') ?? 0).toFixed(0)}, gc ${(phase.get('(garbage collector) :0') ?? 0).toFixed(0)}`,
        );
        for (const [name, ms] of top) console.log(`   self ${ms.toFixed(0).padStart(5)} ms  ${name}`);
        const incl = [...result.inclusive[i]!]
          .filter(([n]) => !/^\((idle|program|root)\)/.test(n))
          .sort((a, b) => b[1] - a[1])
          .slice(0, Number(process.env.TRACE_INCL ?? 0));
        for (const [name, ms] of incl) console.log(`   incl ${ms.toFixed(0).padStart(5)} ms  ${name}`);
      });
      await context.close();
    }
  }
} finally {
  await browser.close();
  floors.close();
  await server.dispose();
}

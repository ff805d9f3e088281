import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TraceMap, eachMapping, originalPositionFor } from '@jridgewell/trace-mapping';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/chromium';
import { benchAdminEnv, logInBenchAdmin } from './support/bench-admin';
import { logInPage } from './support/browser-login';
import { startFloorPages } from './support/floor-pages';
import { importDiagram } from './support/import-diagram';
import { startPlanrom } from './support/planrom-process';

/**
 * Where a diagram board's opening spends its JavaScript, by source package or folder, for Planrom's
 * page and the components floor (the bare <ReactFlow> with Planrom's node components): the main
 * thread's self time (V8's sampler, every 100 µs, mapped through the source maps; "(program)" is the
 * browser's own work: parsing, compiling, style, layout) until every node is in the page, medians of
 * `runs` openings after one that is not counted; and for Planrom, how much of each package's code the
 * page loaded and how much of it ran (function coverage). Not a benchmark: it says what an opening
 * pays for. Build the app with source maps first:
 * `npx vite build --config web/vite.config.ts --sourcemap && npx tsx bench/trace-modules.ts 50 3`
 * (then `npm run build` again). Arguments: nodes (50), runs (3). `TRACE_DETAIL=web/src/features/diagram`
 * lists that package or folder by function instead (its file and first line).
 */
const size = Number(process.argv[2] ?? 50);
const runs = Number(process.argv[3] ?? 3);
const appAssets = 'dist/web/assets';
// The floors' build keeps its source maps too (bench/support/floor-pages.ts).
process.env.BENCH_SOURCEMAP = '1';
const detail = process.env.TRACE_DETAIL;

const maps = new Map<string, TraceMap | null>();
function sourceMap(assets: string, url: string): { map: TraceMap; file: string } | null {
  const file = /\/assets\/([^/?]+\.js)/.exec(url)?.[1];
  if (!file) return null;
  const path = join(assets, `${file}.map`);
  if (!maps.has(path)) maps.set(path, existsSync(path) ? new TraceMap(readFileSync(path, 'utf8')) : null);
  const map = maps.get(path);
  return map ? { map, file: join(assets, file) } : null;
}

/** A source file's path from the project's root (`web/src/…`, `shared/…`). */
const appPath = (source: string) => source.replace(/^(\.\.\/)+/, '').replace(/^.*?\b(web|shared)\//, '$1/');

/** A source file's package (`nm:yjs`, `nm:@xyflow/react`) or the app folder it is in. */
function packageOf(source: string): string {
  if (source.includes('node_modules/')) {
    const path = source.replace(/^.*node_modules\//, '');
    return `nm:${path
      .split('/')
      .slice(0, path.startsWith('@') ? 2 : 1)
      .join('/')}`;
  }
  const path = appPath(source);
  return path
    .split('/')
    .slice(0, path.startsWith('web/src/features/') ? 4 : 3)
    .join('/');
}

interface Opening {
  selfByPackage: Map<string, number>;
  /** Per package: bytes of code loaded, and bytes inside functions that ran. */
  coverage: Map<string, { loaded: number; ran: number }>;
}

interface CoverageScript {
  url: string;
  functions: Array<{ ranges: Array<{ startOffset: number; endOffset: number; count: number }> }>;
}

function coverageByPackage(assets: string, scripts: CoverageScript[]): Map<string, { loaded: number; ran: number }> {
  const out = new Map<string, { loaded: number; ran: number }>();
  for (const script of scripts) {
    const found = sourceMap(assets, script.url);
    if (!found) continue;
    const code = readFileSync(found.file, 'utf8');
    // Each byte ran when the innermost function around it ran (outer functions painted first).
    const ran = new Uint8Array(code.length);
    const ranges = script.functions.map((fn) => fn.ranges[0]!).sort((a, b) => a.startOffset - b.startOffset || b.endOffset - a.endOffset);
    for (const range of ranges) ran.fill(range.count > 0 ? 1 : 0, range.startOffset, range.endOffset);
    const lineStarts = [0];
    for (let i = 0; i < code.length; i += 1) if (code.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const segments: Array<{ at: number; source: string }> = [];
    eachMapping(found.map, (mapping) => {
      if (mapping.source) segments.push({ at: lineStarts[mapping.generatedLine - 1]! + mapping.generatedColumn, source: mapping.source });
    });
    segments.sort((a, b) => a.at - b.at);
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.at ?? code.length;
      const entry = out.get(packageOf(segment.source)) ?? { loaded: 0, ran: 0 };
      entry.loaded += end - segment.at;
      for (let at = segment.at; at < end; at += 1) entry.ran += ran[at]!;
      out.set(packageOf(segment.source), entry);
    });
  }
  return out;
}

async function open(browser: Browser, url: string, assets: string, login: string | null): Promise<Opening> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    if (login) await logInPage(page, login);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.startPreciseCoverage', { callCount: false, detailed: false });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((count) => document.querySelectorAll('.react-flow__node').length >= count, size, { polling: 'raf', timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: {
        nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }>;
        samples: number[];
        timeDeltas: number[];
      };
    };
    const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as unknown as { result: CoverageScript[] };
    const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    const selfByPackage = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id)!;
      let key = frame.functionName || '(native)';
      if (frame.url) {
        const found = sourceMap(assets, frame.url);
        const { source, line } = found
          ? originalPositionFor(found.map, { line: frame.lineNumber + 1, column: frame.columnNumber })
          : { source: null, line: null };
        key = source ? packageOf(source) : `${frame.url.split('/').pop()} (not mapped)`;
        // One folder's time by function (where it starts in the source), to see which of its functions it is.
        if (source && detail && key.startsWith(detail)) key = `${appPath(source)}:${line}`;
      }
      if (key !== '(idle)') selfByPackage.set(key, (selfByPackage.get(key) ?? 0) + profile.timeDeltas[i]! / 1000);
    });
    return { selfByPackage, coverage: coverageByPackage(assets, result) };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

const server = await startPlanrom({ env: benchAdminEnv });
const floors = await startFloorPages();
const browser = await launchBrowser();
try {
  const { api, regionId } = await logInBenchAdmin(server);
  const boardId = await importDiagram(api, server.url, regionId, size);
  floors.put(`diagram-${size}`, JSON.stringify((await api.get(`/api/boards/${boardId}/diagram/export.json`)).body));
  const variants = [
    { name: 'planrom', url: `${server.url}/tavler/${boardId}`, assets: appAssets, login: server.url },
    { name: 'floor', url: floors.pageUrl('react-flow', `diagram-${size}`, '&nodes=planrom'), assets: join(floors.outDir, 'assets'), login: null },
  ];
  const openings = new Map<string, Opening[]>(variants.map((variant) => [variant.name, []]));
  for (let run = -1; run < runs; run += 1)
    for (const variant of variants) {
      const opening = await open(browser, variant.url, variant.assets, variant.login);
      if (run >= 0) openings.get(variant.name)!.push(opening);
    }
  const packages = new Set([...openings.values()].flatMap((list) => list.flatMap((opening) => [...opening.selfByPackage.keys()])));
  const rows = [...packages].map((name) => {
    const [planrom, floor] = ['planrom', 'floor'].map((variant) => median(openings.get(variant)!.map((opening) => opening.selfByPackage.get(name) ?? 0)));
    const coverage = openings.get('planrom')![0]!.coverage.get(name);
    return { name, planrom: planrom!, floor: floor!, coverage };
  });
  rows.sort((a, b) => b.planrom - b.floor - (a.planrom - a.floor));
  console.log(`\n${size} nodes, ${runs} openings each; self time in ms (medians) until every node is in the page; Planrom's code loaded / run`);
  console.log(`${'Planrom'.padStart(9)} ${'floor'.padStart(9)} ${'more'.padStart(9)}  ${'loaded / run'.padEnd(16)} package or folder`);
  for (const row of rows.slice(0, Number(process.env.TRACE_TOP ?? 40)))
    console.log(
      `${row.planrom.toFixed(1).padStart(9)} ${row.floor.toFixed(1).padStart(9)} ${(row.planrom - row.floor).toFixed(1).padStart(9)}  ${(row.coverage ? `${kb(row.coverage.loaded)} / ${kb(row.coverage.ran)}` : '').padEnd(16)} ${row.name}`,
    );
  const total = (variant: string) => median(openings.get(variant)!.map((opening) => [...opening.selfByPackage.values()].reduce((a, b) => a + b, 0)));
  const loaded = [...openings.get('planrom')![0]!.coverage.values()].reduce((sum, entry) => ({ loaded: sum.loaded + entry.loaded, ran: sum.ran + entry.ran }), {
    loaded: 0,
    ran: 0,
  });
  console.log(
    `busy (sampled): Planrom ${total('planrom').toFixed(0)} ms, floor ${total('floor').toFixed(0)} ms; Planrom's scripts: ${kb(loaded.loaded)} loaded, ${kb(loaded.ran)} in functions that ran`,
  );
} finally {
  await browser.close();
  floors.close();
  await server.dispose();
}

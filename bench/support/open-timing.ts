import type { Browser, Page } from 'playwright-core';
import { startCpuProfile, topCosts } from './cpu-profile';
import { percentile } from './stats';

/** One page that shows a board: Planrom's, or a floor's with the same document. */
export interface OpenVariant {
  name: string;
  url: string;
  /** Prepares a fresh page before navigating (e.g. logs it in); nothing is timed here. */
  prepare?: (page: Page) => Promise<void>;
  /** Watches the page while it opens (e.g. socket frames), given the navigation's start in page time. */
  watch?: (page: Page) => void;
  /** In the page once the board can be edited, when that may come after it is shown. */
  editableSelector?: string;
  /**
   * A page of another site the board is opened from, by a link there (as from webmail or a chat in the browser),
   * instead of from its address (the address bar, a bookmark, another program). Its own opening is not timed.
   */
  linkedFrom?: string;
}

export interface OpenTimes {
  /** From navigation until any of the board's shapes is visible on screen. */
  visible: number;
  /** Until every shape is in the page (mounted; those outside the view may be culled). */
  all: number;
  /** Until the board can be edited (`editableSelector`), when the variant says. */
  editable?: number;
  /** Self time per function until then, when profiling (BENCH_OPEN_PROFILE=1). */
  profile?: Map<string, number>;
  /** The page's own User Timing measures (`performance.measure`) by name, in ms, as of `all`. */
  measures: Record<string, number>;
}

const profiling = !!process.env.BENCH_OPEN_PROFILE;

/**
 * Opens `url` in a fresh context (cold cache, 1440×900) and reads, on the page's own clock (from
 * navigation start), when the first element matching `selector` is visible inside the viewport
 * (displayed, not hidden, with a box that overlaps the window: any one of them, not the first in
 * DOM order, which a view may have culled) and when `count` of them are in the page. The same
 * measurement for Planrom and for the floors; polled every animation frame.
 */
export async function timeOpen(browser: Browser, variant: OpenVariant, selector: string, count: number, timeoutMs: number): Promise<OpenTimes> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await variant.prepare?.(page);
    variant.watch?.(page);
    const profiler = profiling ? await startCpuProfile(page) : null;
    if (variant.linkedFrom) {
      await page.goto(variant.linkedFrom);
      // A link followed in the same tab: the browser says the navigation came from that site.
      await page.evaluate((url) => {
        const link = Object.assign(document.createElement('a'), { href: url });
        document.body.append(link);
        link.click();
      }, variant.url);
      await page.waitForURL(variant.url, { waitUntil: 'commit' });
    } else {
      await page.goto(variant.url, { waitUntil: 'commit' });
    }
    // Both conditions in one poll, each timed in the first frame it holds: a second wait started
    // after the first has ended would time the second by the first frame the page is free again.
    const times = await page.waitForFunction(
      ({ selector, count, editableSelector }) => {
        const seen = ((window as unknown as { planromBenchOpen?: Record<string, number> }).planromBenchOpen ??= {});
        const elements = document.querySelectorAll<HTMLElement>(selector);
        if (seen.visible === undefined) {
          for (const element of elements) {
            if (element.style.display === 'none') continue;
            const box = element.getBoundingClientRect();
            if (box.width === 0 || box.height === 0 || box.right <= 0 || box.bottom <= 0 || box.left >= innerWidth || box.top >= innerHeight) continue;
            if (getComputedStyle(element).visibility === 'hidden') continue;
            seen.visible = performance.now();
            break;
          }
        }
        if (seen.all === undefined && elements.length >= count) seen.all = performance.now();
        if (editableSelector && seen.editable === undefined && document.querySelector(editableSelector)) seen.editable = performance.now();
        const done = seen.visible !== undefined && seen.all !== undefined && (!editableSelector || seen.editable !== undefined);
        return done ? seen : false;
      },
      { selector, count, editableSelector: variant.editableSelector ?? null },
      { polling: 'raf', timeout: timeoutMs },
    );
    const { visible, all, editable } = (await times.jsonValue()) as { visible: number; all: number; editable?: number };
    const profile = await profiler?.stop();
    const measures = Object.fromEntries(
      await page.evaluate(() => performance.getEntriesByType('measure').map((entry) => [entry.name, entry.duration] as const)),
    );
    return { visible, all, measures, ...(editable !== undefined ? { editable } : {}), ...(profile ? { profile } : {}) };
  } finally {
    await context.close();
  }
}

/**
 * Opens every variant `runs` times, interleaved (run 1: A B C, run 2: B C A, …), so a change in the
 * machine's load falls on all of them alike, after one opening of each that is not counted: the
 * first request a server answers for a board (Planrom's, or the floors' file server) runs code its
 * JIT has not compiled yet, which made the first board size's runs slower than a larger board's.
 * A variant that times out is skipped for later runs.
 */
export async function timeOpenInterleaved(
  browser: Browser,
  variants: OpenVariant[],
  selector: string,
  count: number,
  runs: number,
  timeoutMs = 120_000,
): Promise<Map<string, { times: OpenTimes[]; failed: string | null }>> {
  const results = new Map(variants.map((variant) => [variant.name, { times: [] as OpenTimes[], failed: null as string | null }]));
  for (const variant of variants) {
    try {
      await timeOpen(browser, variant, selector, count, timeoutMs);
    } catch (error) {
      results.get(variant.name)!.failed = `warm-up: ${(error as Error).message.split('\n')[0]}`;
    }
  }
  for (let run = 0; run < runs; run += 1) {
    for (let i = 0; i < variants.length; i += 1) {
      const variant = variants[(run + i) % variants.length]!;
      const result = results.get(variant.name)!;
      if (result.failed) continue;
      try {
        result.times.push(await timeOpen(browser, variant, selector, count, timeoutMs));
      } catch (error) {
        result.failed = `run ${run + 1}: ${(error as Error).message.split('\n')[0]}`;
      }
    }
  }
  return results;
}

/** Median of one of the page's own measures (`performance.measure`) over a variant's runs, or null when it made none. */
export function medianMeasure(result: { times: OpenTimes[] } | undefined, name: string): number | null {
  const values = (result?.times ?? []).flatMap((time) => (name in time.measures ? [time.measures[name]!] : []));
  return values.length > 0 ? percentile(values, 50) : null;
}

/** Median of one measure over a variant's runs, or null when none finished. */
export function medianOf(result: { times: OpenTimes[] } | undefined, measure: 'visible' | 'all' | 'editable'): number | null {
  const times = result?.times.flatMap((time) => (time[measure] === undefined ? [] : [time[measure]])) ?? [];
  return times.length > 0 ? percentile(times, 50) : null;
}

/**
 * The lowest and highest ratio of one measure over the runs, each run of Planrom over the run of the
 * floor taken next to it ("0.91–1.24×"), or "–": how far a single run's ratio may stray from the
 * medians' on this machine.
 */
export function ratioRange(planrom: { times: OpenTimes[] } | undefined, floor: { times: OpenTimes[] } | undefined, measure: 'visible' | 'all'): string {
  const pairs = Math.min(planrom?.times.length ?? 0, floor?.times.length ?? 0);
  if (pairs === 0) return '–';
  const ratios = Array.from({ length: pairs }, (_, i) => planrom!.times[i]![measure] / floor!.times[i]![measure]);
  return `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}×`;
}

/** "1.37×" (Planrom's time over the floor's), or "–". */
export function ratio(planrom: number | null, floor: number | null): string {
  return planrom !== null && floor !== null && floor > 0 ? `${(planrom / floor).toFixed(2)}×` : '–';
}

/** "2.17 s", or "–". */
export function seconds(value: number | null): string {
  return value === null ? '–' : `${(value / 1000).toFixed(2)} s`;
}

/** Sizes and runs from the environment, to try a suite on small boards: BENCH_OPEN_SIZES=50,200 BENCH_OPEN_RUNS=1. */
export function openSizes(defaults: number[]): { sizes: number[]; runs: number } {
  const sizes = process.env.BENCH_OPEN_SIZES?.split(',')
    .map(Number)
    .filter((n) => n > 0);
  const runs = Number(process.env.BENCH_OPEN_RUNS);
  return { sizes: sizes?.length ? sizes : defaults, runs: runs > 0 ? runs : 5 };
}

/** With BENCH_OPEN_PROFILE=1, each variant's top self-time costs until all shapes were in the page (mean over runs), as markdown. */
export function describeProfiles(title: string, results: Map<string, { times: OpenTimes[] }>): string {
  if (!profiling) return '';
  const lines = [`Top self time until every shape was in the page, ${title} (mean over runs, BENCH_OPEN_PROFILE=1):`, ''];
  for (const [name, result] of results) {
    const profiles = result.times.flatMap((time) => (time.profile ? [time.profile] : []));
    if (profiles.length === 0) continue;
    lines.push(`- **${name}**: ${topCosts(profiles).join('; ')}`);
  }
  return lines.join('\n');
}

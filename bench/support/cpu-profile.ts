import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Records the page's main-thread CPU profile (V8's sampling profiler through the DevTools protocol)
 * from before navigation until `stop`, and sums self time per function. Names are readable when the
 * app and floors are built without minifying (BENCH_NO_MINIFY=1; see README.md).
 */
export async function startCpuProfile(page: Page): Promise<{ stop(): Promise<Map<string, number>> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const frame = byId.get(id)?.callFrame;
        if (!frame) return;
        const file = frame.url.split('/').pop() || frame.url || '(native)';
        const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      await cdp.detach();
      return self;
    },
  };
}

/** The `count` functions with the most self time, as "name file:line 123 ms" lines, merged over runs. */
export function topCosts(profiles: Array<Map<string, number>>, count = 12): string[] {
  const total = new Map<string, number>();
  for (const profile of profiles) for (const [name, ms] of profile) total.set(name, (total.get(name) ?? 0) + ms / profiles.length);
  return [...total]
    .filter(([name]) => !name.startsWith('(idle)') && !name.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`);
}

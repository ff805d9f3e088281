import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive, or null when none is installed (the browser suite is then skipped). */
export const chromiumPath: string | null = candidates.find((path): path is string => !!path && existsSync(path)) ?? null;

/**
 * Why the browser suite may not run here, or null when it may: in CI (the `CI` variable set, as CI
 * runners do) a missing Chromium is an error, because skipping the browser tests there would let
 * `npm test` pass without them. Locally the suite is skipped with a warning instead.
 */
export function chromiumMissingInCi(env: Record<string, string | undefined>, path: string | null): string | null {
  const inCi = !!env.CI && env.CI !== 'false' && env.CI !== '0';
  if (path || !inCi) return null;
  return (
    '[e2e] No Chromium found, and CI is set: the browser tests cannot run, so the test run fails instead of skipping them. ' +
    'Install it with `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium or Chrome binary.'
  );
}

if (!chromiumPath) {
  console.warn(
    '\n[e2e] No Chromium found (looked for /usr/bin/chromium; set CHROMIUM_PATH to use another). ' +
      'The browser tests are SKIPPED. Install it with: apt-get install -y chromium\n',
  );
}

/** Starts headless Chromium with the flags that keep it off the network and quiet. */
export async function launchBrowser(): Promise<Browser> {
  if (!chromiumPath) throw new Error('No Chromium installed');
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

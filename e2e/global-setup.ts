import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumMissingInCi, chromiumPath } from './support/chromium';

/**
 * Stops the browser suite in CI when there is no Chromium (locally it is skipped with a warning),
 * then builds the web app once before it, exactly as `npm start` does (`npm run build`).
 */
export default function setup() {
  const missing = chromiumMissingInCi(process.env, chromiumPath);
  if (missing) throw new Error(missing);
  const root = fileURLToPath(new URL('..', import.meta.url));
  // The app, then the module the server draws a diagram's first picture with.
  for (const config of ['web/vite.config.ts', 'web/vite.preview.config.ts']) {
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // vitest sets NODE_ENV=test; build what `npm start` builds.
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
}

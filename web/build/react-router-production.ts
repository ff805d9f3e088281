import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * React Router 7 points every export condition of its package at its development build
 * (remix-run/react-router#12532, #14102), so a production bundle carried its development warnings
 * (the checks run on every render, the texts shipped) and the "Hey developer" error page. A
 * production build of the app takes the package's own production build instead; the dev server
 * keeps the warnings. The build stops if the package no longer has one where it is expected.
 */
export function reactRouterProductionBuild(): Plugin {
  return {
    name: 'planrom-react-router-production',
    apply: 'build',
    config() {
      const packageFolder = dirname(createRequire(import.meta.url).resolve('react-router/package.json'));
      const production = join(packageFolder, 'dist/production/index.mjs');
      if (!existsSync(production)) {
        throw new Error(`react-router has no production build at ${production}: see web/build/react-router-production.ts`);
      }
      return { resolve: { alias: [{ find: /^react-router$/, replacement: production }] } };
    },
  };
}

import { describe, expect, it } from 'vitest';
import { withoutTypeScriptLoader } from './without-typescript-loader';

describe('the server’s Node flags for compiled worker threads', () => {
  it('drops tsx however it was loaded', () => {
    expect(withoutTypeScriptLoader(['--import', 'tsx'])).toEqual([]);
    expect(withoutTypeScriptLoader(['--import=tsx'])).toEqual([]);
    expect(withoutTypeScriptLoader(['--import', 'tsx/esm'])).toEqual([]);
    expect(withoutTypeScriptLoader(['--loader', 'tsx'])).toEqual([]);
    // What the tsx command passes when it starts Node (`npm run serve`, `tsx watch`).
    expect(
      withoutTypeScriptLoader([
        '--require',
        '/srv/planrom/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///srv/planrom/node_modules/tsx/dist/loader.mjs',
      ]),
    ).toEqual([]);
  });

  it('keeps every other flag, in order, with its value', () => {
    const others = [
      '--enable-source-maps',
      '--max-old-space-size=4096',
      '--import',
      './telemetry.mjs',
      '--require=dotenv/config',
      '--conditions',
      'development',
    ];
    expect(withoutTypeScriptLoader(others)).toEqual(others);
    expect(withoutTypeScriptLoader(['--cpu-prof', '--import', 'tsx', '--inspect=0'])).toEqual(['--cpu-prof', '--inspect=0']);
  });

  it('keeps modules whose names only contain tsx, and a flag without its value', () => {
    expect(withoutTypeScriptLoader(['--import', 'tsx-telemetry', '--import', './lib/tsx.mjs'])).toEqual([
      '--import',
      'tsx-telemetry',
      '--import',
      './lib/tsx.mjs',
    ]);
    expect(withoutTypeScriptLoader(['--import'])).toEqual(['--import']);
  });
});

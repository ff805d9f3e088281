import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileModule, compiledModulesFolder } from './compiled-module.mjs';

const fixture = fileURLToPath(new URL('./compiled-module-fixture.ts', import.meta.url));

describe('a TypeScript module compiled for Node to load directly', () => {
  const folder = join(compiledModulesFolder, `planrom-test-${randomUUID()}`);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  /** Runs the compiled module in a plain Node process (no tsx, no vitest), as server/serve.mjs does. */
  const runInNode = (url: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `process.setSourceMapsEnabled(true);
         const m = await import(${JSON.stringify(url)});
         try { m.failOnLineFive(); } catch (error) { console.log(JSON.stringify({ location: m.ownLocation, stack: error.stack })); }`,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
    );

  it('keeps each file’s own location, and its stack traces name the TypeScript file and line', async () => {
    const compiled = await compileModule({ entry: fixture, folder, name: 'fixture', sourceMap: true });
    expect(compiled.url).toMatch(/\/fixture-[0-9a-f]{16}\.mjs$/);
    const { location, stack } = JSON.parse(runInNode(compiled.url)) as { location: string; stack: string };
    expect(location).toBe(pathToFileURL(fixture).href);
    expect(stack).toContain(`${fixture}:5:`);
  });

  it('names the file by its content: the same code is written once, and a removed file is written again', async () => {
    const first = await compileModule({ entry: fixture, folder, name: 'fixture' });
    const second = await compileModule({ entry: fixture, folder, name: 'fixture' });
    expect(second.url).toBe(first.url);
    await rm(fileURLToPath(first.url));
    await first.ensureWritten();
    expect(existsSync(fileURLToPath(first.url))).toBe(true);
  });
});

// Runs Planrom's server (`npm run serve`, `npm start`): server/index.ts and the project files it
// imports, compiled by esbuild into one JavaScript module and loaded by Node itself. Loading the
// sources one by one through tsx's loader hooks took about 3 s of CPU at every start and restart;
// the compiled module loads in under a second. The TypeScript is the same: nothing is built ahead.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileModule, compiledModulesFolder } from './lib/compiled-module.mjs';

// Stack traces name the TypeScript files and lines, as they did under tsx.
process.setSourceMapsEnabled(true);

const entry = fileURLToPath(new URL('./index.ts', import.meta.url));
let compiled = null;
try {
  compiled = await compileModule({ entry, folder: join(compiledModulesFolder, 'planrom-server'), name: 'server', sourceMap: true });
} catch (error) {
  // A read-only installation, or esbuild missing: the same server, loaded through tsx.
  console.error('Could not compile the server; loading its sources through tsx instead.', error instanceof Error ? error.message : error);
}
if (compiled) await import(compiled.url);
else await (await import('tsx/esm/api')).tsImport(entry, import.meta.url);

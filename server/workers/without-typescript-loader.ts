/** Node's flags that load a module before the program: `--import tsx` or `--import=tsx`. */
const preloadFlags = new Set(['--import', '--require', '-r', '--loader', '--experimental-loader']);

/** tsx by name (`tsx`, `tsx/esm`) or by its files (`…/node_modules/tsx/dist/loader.mjs`, as the tsx command passes them). */
const namesTsx = (module: string) => /^tsx(\/|$)/.test(module) || /[\\/]node_modules[\\/]tsx[\\/]/.test(module);

/**
 * The server's Node flags without the ones that load tsx, for worker threads that run compiled
 * JavaScript: a thread otherwise inherits them and starts tsx's loader hooks (a thread of their
 * own; about 0.3 s of CPU a start) for code that has no TypeScript left. Every other flag is kept.
 */
export function withoutTypeScriptLoader(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const flag = execArgv[i]!;
    const equals = flag.startsWith('--') ? flag.indexOf('=') : -1;
    const name = equals > 0 ? flag.slice(0, equals) : flag;
    const value = equals > 0 ? flag.slice(equals + 1) : execArgv[i + 1];
    if (preloadFlags.has(name) && value !== undefined && namesTsx(value)) {
      if (equals < 0) i += 1; // its value was the next argument
      continue;
    }
    kept.push(flag);
  }
  return kept;
}

import { startTestServer, type TestServerOptions } from '../../e2e/support/test-server';
import { childPids } from './process-usage';

/**
 * The real Planrom server as its own process (the e2e tests' starter: a fresh libSQL file, a free
 * port), plus its pid, found as the one new child of this process, to read its CPU and memory.
 */
export async function startPlanrom(options: TestServerOptions = {}) {
  const before = childPids();
  const server = await startTestServer(options);
  const started = [...childPids()].filter((pid) => !before.has(pid));
  if (started.length !== 1) throw new Error(`expected one new server process, found ${started.length}`);
  return { ...server, pid: started[0]! };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnv } from '../env';
import { startServer, type RunningServer } from '../start-server';

export interface ServerUnderTest extends RunningServer {
  /** fetch against the server, with JSON in and out made easy. */
  api(path: string, init?: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> }): Promise<{
    status: number;
    body: any;
    headers: Headers;
  }>;
  dispose(): Promise<void>;
}

/**
 * The real Planrom server on a free port of 127.0.0.1 with a fresh libSQL file in a temporary
 * folder and the real migrations.
 */
export async function startServerUnderTest(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planrom-server-test-'));
  const running = await startServer(
    readEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'planrom.db')}`,
      PLANROM_DEMO: options.demo === false ? 'false' : 'true',
      LOG_LEVEL: 'silent',
      WEB_DIST: join(dataDir, 'no-web'),
      ...options.env,
    }),
  );
  return {
    ...running,
    async api(path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      let body = init.body;
      if (init.json !== undefined) {
        headers['content-type'] ??= 'application/json';
        body = JSON.stringify(init.json);
      }
      const response = await fetch(`${running.url}${path}`, { method: init.method ?? 'GET', headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: leave as text
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async dispose() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

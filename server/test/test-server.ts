import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { readEnv } from '../env';
import { startServer, type RunningServer } from '../start-server';
import { ApiClient, type ApiResponse, type RequestOptions } from './api-client';

export const testAdmin = { email: 'admin@planrom.test', password: 'admin-passord-123', name: 'Ada Administrator' };

export interface ServerUnderTest extends RunningServer {
  /** A request as the instance administrator (already logged in). */
  api(path: string, init?: RequestOptions): Promise<ApiResponse>;
  admin: ApiClient;
  /** A fresh caller with no cookies. */
  client(): ApiClient;
  dispose(): Promise<void>;
}

/**
 * The real Planrom server on a free port of 127.0.0.1 with a fresh libSQL file in a temporary
 * folder, the real migrations, and an instance administrator logged in as `api`/`admin`.
 */
export async function startServerUnderTest(
  options: {
    demo?: boolean;
    env?: Record<string, string>;
    extraApiRoutes?: Hono<any>;
    now?: () => Date;
    /** The clock sessions expire by (milliseconds), for tests about idle and absolute expiry. */
    sessionClock?: () => number;
  } = {},
): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'planrom-server-test-'));
  const running = await startServer(
    readEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dataDir, 'planrom.db')}`,
      PLANROM_DEMO: options.demo === false ? 'false' : 'true',
      LOG_LEVEL: 'silent',
      WEB_DIST: join(dataDir, 'no-web'),
      PLANROM_ADMIN_EMAIL: testAdmin.email,
      PLANROM_ADMIN_PASSWORD: testAdmin.password,
      PLANROM_ADMIN_NAME: testAdmin.name,
      ...options.env,
    }),
    { extraApiRoutes: options.extraApiRoutes, now: options.now, sessionClock: options.sessionClock },
  );
  const admin = new ApiClient(running.url);
  if (options.env?.PLANROM_ADMIN_EMAIL !== '') await admin.login(testAdmin.email, testAdmin.password).catch(() => admin);
  return {
    ...running,
    admin,
    api: (path, init) => admin.request(path, init),
    client: () => new ApiClient(running.url),
    async dispose() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

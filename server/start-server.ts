import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import { seedDemoRegion } from './commands/seed-demo-region';
import { migrateDatabase, openDatabase, type DatabaseHandle } from './db/client';
import type { Env } from './env';
import { logger } from './lib/logger';

export interface RunningServer {
  url: string;
  port: number;
  database: DatabaseHandle;
  server: ServerType;
  close(): Promise<void>;
}

/** Opens and migrates the database, seeds the demo region once, and starts listening. */
export async function startServer(env: Env): Promise<RunningServer> {
  logger.setLevel(env.LOG_LEVEL);
  const database = await openDatabase(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(database);
  if (env.PLANROM_DEMO && (await seedDemoRegion(database.db))) {
    logger.info('Planrom: created the demo region "Lister".');
  }
  const app = createApp({ database, webDist: env.WEB_DIST });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  return {
    url,
    port,
    database,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          database.close();
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

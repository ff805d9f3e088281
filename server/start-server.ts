import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { WebSocketServer } from 'ws';
import { createApp } from './app';
import { AccessEvents } from './auth/access-events';
import { LoginLimiter } from './auth/login-limiter';
import { bootstrapAdministrator } from './commands/bootstrap-administrator';
import { seedDemoExamples } from './commands/seed-demo-examples';
import { seedDemoRegion } from './commands/seed-demo-region';
import { localDatabasePath, migrateDatabase, openDatabase, type DatabaseHandle } from './db/client';
import { claimInstanceLock } from './operations/instance-lock';
import { openSyncDatabase } from './db/sync-database';
import { ClusterNode } from './cluster/cluster-node';
import { singleProcessRoomClaims } from './cluster/room-claims';
import { replicaFreshener } from './cluster/replica-freshness';
import { openReadConnection } from './db/read-connection';
import { useReadConnection } from './db/read-statement';
import { startWalCheckpointer } from './db/wal-checkpointer';
import { SessionSweeper } from './auth/session-sweeper';
import { SnapshotQueue } from './workers/snapshot-queue';
import { WorkerPool } from './workers/worker-pool';
import { diagramPreviews } from './routes/pages/diagram-previews';
import { defaultSocketBudget } from './sync/socket-budget';
import { DiagramRooms } from './sync/diagram/diagram-rooms';
import { DiagramStorage } from './sync/diagram/diagram-storage';
import { CanvasRooms } from './sync/canvas/canvas-rooms';
import { MeetingRooms } from './sync/meeting/meeting-rooms';
import { closeCodes, type CloseCode } from '../shared/sync/close-codes';
import { claimedOwnership } from './cluster/claimed-ownership';
import { MeetingStorage } from './sync/meeting/meeting-storage';
import type { Env } from './env';
import type { Services } from './app-env';
import { logger } from './lib/logger';

export interface RunningServer {
  url: string;
  /** The Hono application (its `routes` list every route, for tests that cover them all). */
  app: ReturnType<typeof createApp>;
  port: number;
  database: DatabaseHandle;
  services: Services;
  server: ServerType;
  close(): Promise<void>;
}

const hourMs = 60 * 60 * 1000;

/**
 * Opens and migrates the database, seeds the demo region once, makes sure an administrator can
 * exist, and starts listening.
 */
export async function startServer(
  env: Env,
  options: { extraApiRoutes?: Hono<any>; now?: () => Date; sessionClock?: () => number } = {},
): Promise<RunningServer> {
  logger.setLevel(env.LOG_LEVEL);
  const databasePath = localDatabasePath(env.DATABASE_URL);
  const releaseLock = databasePath && databasePath !== ':memory:' ? claimInstanceLock(databasePath, { cluster: env.PLANROM_CLUSTER }) : () => {};
  const database = await openDatabase(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  await migrateDatabase(database);
  if (env.PLANROM_DEMO && (await seedDemoRegion(database.db))) {
    logger.info('Planrom: created the demo region "Lister".');
  }
  if (env.PLANROM_DEMO) {
    const examples = await seedDemoExamples(database.db);
    if (examples > 0) logger.info(`Planrom: added ${examples} example boards to the demo region.`);
  }
  const admin = await bootstrapAdministrator(database.db, env);
  const syncDb = openSyncDatabase(env.DATABASE_URL, { authToken: env.DATABASE_AUTH_TOKEN, replicaPath: env.DATABASE_REPLICA_PATH });
  const accessEvents = new AccessEvents();
  // A libSQL server's replica is synced before a room loads and when other processes wrote.
  const freshen = replicaFreshener(syncDb, !databasePath);
  const cluster = env.PLANROM_CLUSTER ? new ClusterNode(database.db, accessEvents, { freshen, timings: { pollMs: env.CLUSTER_POLL_MS } }) : null;
  await cluster?.start();
  const roomClaims = cluster ?? singleProcessRoomClaims(freshen);
  // Hot reads (sessions, authorization, board lists) run on their own synchronous connection to a
  // local file; with a libSQL server they go through the database client (read-statement.ts).
  const readConnection = databasePath && databasePath !== ':memory:' ? openReadConnection(databasePath) : null;
  if (readConnection) useReadConnection(database.db, readConnection);
  // On a local file, WAL checkpoints (fsync) run in a worker instead of stalling board commits.
  const checkpointer = databasePath && databasePath !== ':memory:' ? startWalCheckpointer(syncDb, databasePath) : null;
  const workers = new WorkerPool({
    threads: env.WORKER_THREADS,
    total: env.WORKER_MAX_JOBS,
    perOwner: env.WORKER_JOBS_PER_PERSON,
    localDatabaseUrl: databasePath && databasePath !== ':memory:' ? env.DATABASE_URL : null,
  });
  // Snapshots and compaction of both kinds of board are built in the worker threads.
  const snapshotQueue = new SnapshotQueue(workers);
  // A room opens once its board is claimed here (cluster mode) and read fresh; another process taking
  // the board closes it here, so its clients reconnect there.
  const moved = (rooms: () => { closeBoard(boardId: string, code: CloseCode, reason: string): void }) => (boardId: string) =>
    rooms().closeBoard(boardId, closeCodes.serverRestart, 'board moved');
  const diagramRooms: DiagramRooms = new DiagramRooms(new DiagramStorage(syncDb), {
    ownership: claimedOwnership(
      roomClaims,
      'diagram',
      moved(() => diagramRooms),
    ),
    maxClients: env.DIAGRAM_MAX_CLIENTS,
    idleMs: env.DIAGRAM_ROOM_IDLE_SECONDS * 1000,
    storageRetryMs: env.STORAGE_RETRY_SECONDS * 1000,
    snapshotQueue,
  });
  const canvasRooms: CanvasRooms = new CanvasRooms(
    { db: database.db, syncDb },
    {
      ownership: claimedOwnership(
        roomClaims,
        'canvas',
        moved(() => canvasRooms),
      ),
      maxClients: env.CANVAS_MAX_CLIENTS,
      maxShapes: env.CANVAS_MAX_SHAPES,
      idleMs: env.CANVAS_ROOM_IDLE_SECONDS * 1000,
      checkpointIntervalMs: env.CANVAS_CHECKPOINT_MINUTES * 60 * 1000,
      compactEvery: 500,
      storageRetryMs: env.STORAGE_RETRY_SECONDS * 1000,
      snapshotQueue,
    },
  );
  const sessionPolicy = {
    idleMs: env.SESSION_IDLE_HOURS * hourMs,
    absoluteMs: env.SESSION_MAX_DAYS * 24 * hourMs,
    clock: options.sessionClock,
  };
  const sessionSweeper = new SessionSweeper(database.db, sessionPolicy, { intervalMs: env.SESSION_SWEEP_MINUTES * 60_000, clock: sessionPolicy.clock });
  const services: Services = {
    db: database.db,
    syncDb,
    diagramRooms,
    sessionPolicy,
    loginLimiter: new LoginLimiter(),
    sessionSweeper,
    accessEvents,
    setup: { token: admin.setupToken },
    trustProxy: env.TRUST_PROXY,
    allowedOrigins: env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin] : [],
    canvasRooms,
    meetingRooms: new MeetingRooms(new MeetingStorage(syncDb), {
      ownership: claimedOwnership(
        roomClaims,
        'meeting',
        moved(() => services.meetingRooms),
      ),
      boardExists: (boardId) => diagramRooms.storage.boardExists(boardId),
    }),
    socketBudget: {
      messagesPerSecond: env.SOCKET_MESSAGES_PER_SECOND,
      bytesPerSecond: env.SOCKET_BYTES_PER_SECOND,
      burstSeconds: defaultSocketBudget.burstSeconds,
    },
    workers,
    snapshotQueue,
    diagramPreviews: diagramPreviews({
      module: resolve(env.DIAGRAM_PREVIEW_MODULE),
      waitMs: env.DIAGRAM_PREVIEW_WAIT_MS,
      maxNodes: env.DIAGRAM_PREVIEW_MAX_NODES,
    }),
    webConfig: {
      tldrawLicenseKey: env.TLDRAW_LICENSE_KEY ?? null,
      canvas: { maxClients: env.CANVAS_MAX_CLIENTS, maxShapes: env.CANVAS_MAX_SHAPES },
    },
    now: options.now ?? (() => new Date()),
    processId: cluster?.processId ?? null,
  };
  // An archived or deleted board's rooms disconnect everyone and unload.
  for (const rooms of [canvasRooms, diagramRooms, services.meetingRooms]) {
    services.accessEvents.on('board-closed', (boardId) => rooms.closeBoard(boardId));
  }
  sessionSweeper.start();
  const app = createApp({ database, services, webDist: env.WEB_DIST, extraApiRoutes: options.extraApiRoutes });
  // Board sockets (canvas and diagram sync) are upgraded by Hono routes through this server.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST, websocket: { server: sockets } }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = env.PUBLIC_URL ?? `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
  if (admin.created) logger.info(`Planrom: created the administrator ${env.PLANROM_ADMIN_EMAIL}.`);
  return {
    url,
    app,
    port,
    database,
    services,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        // Rooms store their last state before their clients are cut off.
        sessionSweeper.stop();
        diagramRooms.closeAll();
        canvasRooms.closeAll();
        services.meetingRooms.closeAll();
        for (const socket of sockets.clients) socket.terminate();
        server.close(async () => {
          // The rooms' last snapshots are written by the workers: wait for them before ending the threads.
          await snapshotQueue.settled();
          await cluster?.stop();
          await services.workers.close();
          await services.diagramPreviews.close();
          await checkpointer?.stop();
          syncDb.close();
          readConnection?.close();
          database.close();
          releaseLock();
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}

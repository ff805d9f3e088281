import type { AccessEvents } from './auth/access-events';
import type { LoginLimiter } from './auth/login-limiter';
import type { Principal } from './auth/principal';
import type { SessionPolicy } from './auth/session-store';
import type { SessionSweeper } from './auth/session-sweeper';
import type { Database } from './db/client';
import type { SyncDatabase } from './db/sync-database';
import type { DiagramRooms } from './sync/diagram/diagram-rooms';
import type { CanvasRooms } from './sync/canvas/canvas-rooms';
import type { WebConfig } from '../shared/schemas/web-config';
import type { MeetingRooms } from './sync/meeting/meeting-rooms';
import type { SnapshotQueue } from './workers/snapshot-queue';
import type { WorkerPool } from './workers/worker-pool';
import type { SocketBudgetSettings } from './sync/socket-budget';
import type { DiagramPreviews } from './routes/pages/diagram-previews';

/** The one-time set-up of the first administrator, when no administrator exists. */
export interface SetupState {
  /** Printed at start; null once an administrator exists. */
  token: string | null;
}

/** Long-lived parts every request may use, made once at start. */
export interface Services {
  db: Database;
  /** Synchronous connection to the same database, for storing board changes before acknowledging them. */
  syncDb: SyncDatabase;
  /** The open diagram boards' rooms (one per board). */
  diagramRooms: DiagramRooms;
  sessionPolicy: SessionPolicy;
  loginLimiter: LoginLimiter;
  /** Deletes ended sessions on a schedule. */
  sessionSweeper: SessionSweeper;
  accessEvents: AccessEvents;
  setup: SetupState;
  /** Use X-Forwarded-For / X-Forwarded-Proto from a reverse proxy. */
  trustProxy: boolean;
  /** Origins allowed to make cookie-authenticated writes besides the request's own. */
  allowedOrigins: string[];
  /** The live canvas rooms: exactly one per open canvas board. */
  canvasRooms: CanvasRooms;
  /** The open boards' meeting channels (presenter, timer, dot votes, anonymous rounds). */
  meetingRooms: MeetingRooms;
  /** What one board socket may send per second (canvas, diagram and meeting sockets alike). */
  socketBudget: SocketBudgetSettings;
  /** Diagram boards' first pictures, drawn into their pages in a thread of their own. */
  diagramPreviews: DiagramPreviews;
  /** Worker threads for heavy jobs (imports, exports), with limits per person and in total. */
  workers: WorkerPool;
  /** Board snapshots and compaction, one board at a time, in the worker threads. */
  snapshotQueue: SnapshotQueue;
  /** What the web app needs to know at run time (`GET /api/config`). */
  webConfig: WebConfig;
  /** The time now; tests set it to move past a date (barometer rounds close by date). */
  now: () => Date;
  /** In cluster mode, this process's name among the others (sent as `X-Planrom-Process`); else null. */
  processId: string | null;
}

/** What every request handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    db: Database;
    services: Services;
    principal: Principal;
  };
}

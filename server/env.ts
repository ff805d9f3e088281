import { z } from 'zod';
import { diagramPreviewNodeLimit } from '../shared/web/diagram-preview';
import { canvasLimits } from '../shared/canvas-limits';
import { defaultSocketBudget } from './sync/socket-budget';

const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|libsql:\/\/|https?:\/\/|wss?:\/\/)/, 'must start with file:, libsql://, http(s):// or ws(s)://')
    .default('file:./data/planrom.db'),
  DATABASE_AUTH_TOKEN: z.string().optional(),
  /**
   * With a libSQL server URL: the file of this process's embedded replica (the board rooms'
   * synchronous connection). Every process needs its own.
   */
  DATABASE_REPLICA_PATH: z.string().min(1).default('./data/replica.db'),
  /**
   * One of several Planrom processes on the same database, behind HAProxy with board affinity
   * (see README, "Several processes"): access events and board rooms are shared through the
   * database. Off: this process must be the only one (the database file is locked to it).
   */
  PLANROM_CLUSTER: booleanFlag.default(false),
  /** Cluster mode: how often (milliseconds) a process reads the other processes' events. */
  CLUSTER_POLL_MS: z.coerce.number().int().min(50).max(2000).default(250),
  /** Seed the demo region "Lister" the first time Planrom starts on an empty database. */
  PLANROM_DEMO: booleanFlag.default(true),
  /** Where the built web app lives (made by `npm run build`). */
  WEB_DIST: z.string().default('dist/web'),
  /**
   * The web build's module that draws a diagram board's first picture into its page (made by
   * `npm run build`); without it, diagram boards open without one.
   */
  DIAGRAM_PREVIEW_MODULE: z.string().default('dist/web-preview/render-preview.mjs'),
  /**
   * Diagram boards of more nodes than this open without a first picture (0: none do). Above 300 the
   * editor draws only what is in view, and the picture's markup grows by about 1 KB a node.
   */
  DIAGRAM_PREVIEW_MAX_NODES: z.coerce.number().int().min(0).max(5000).default(diagramPreviewNodeLimit),
  /** How long a diagram board's page waits for its picture before it is served without one (milliseconds). */
  DIAGRAM_PREVIEW_WAIT_MS: z.coerce.number().int().min(0).max(2000).default(250),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
  /** With PLANROM_ADMIN_PASSWORD: creates the instance administrator at start if none exists. */
  PLANROM_ADMIN_EMAIL: z.email().optional(),
  PLANROM_ADMIN_PASSWORD: z.string().min(10, 'must have at least 10 characters').optional(),
  PLANROM_ADMIN_NAME: z.string().min(1).max(80).default('Administrator'),
  /** A session unused this many hours ends. */
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(72),
  /** A session ends this many days after log-in, however active. */
  SESSION_MAX_DAYS: z.coerce.number().positive().default(30),
  /** Ended sessions are deleted this often (minutes). */
  SESSION_SWEEP_MINUTES: z.coerce.number().positive().default(60),
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto/-Host. */
  TRUST_PROXY: booleanFlag.default(false),
  /** The address people open, e.g. https://planrom.kommune.no (for links and the origin check). */
  PUBLIC_URL: z.url().optional(),
  /** tldraw's license key, handed to the web app at run time (needed in production on https). */
  TLDRAW_LICENSE_KEY: z.string().trim().min(1).optional(),
  /** Canvas boards: a checkpoint is kept this many minutes after the first unsaved change. */
  CANVAS_CHECKPOINT_MINUTES: z.coerce.number().positive().default(10),
  /** Canvas boards: a room stays loaded this many seconds after its last person left. */
  CANVAS_ROOM_IDLE_SECONDS: z.coerce.number().min(0).default(30),
  /** Canvas boards: people connected to one board at once. */
  CANVAS_MAX_CLIENTS: z.coerce.number().int().positive().default(canvasLimits.maxClients),
  /**
   * Diagram boards: a room stays loaded this many seconds after its last person left, like a canvas
   * board's. Loading a 1,000-node board again takes the server about 0.1 s of work, in which it
   * answers nothing else.
   */
  DIAGRAM_ROOM_IDLE_SECONDS: z.coerce.number().min(0).default(30),
  /** Diagram boards: people connected to one board at once. */
  DIAGRAM_MAX_CLIENTS: z.coerce.number().int().positive().default(250),
  /**
   * Board rooms: how many seconds a change the database cannot take (locked, unavailable) is
   * retried before the clients waiting for it are disconnected to send it again.
   */
  STORAGE_RETRY_SECONDS: z.coerce.number().positive().default(10),
  /** Canvas boards: shapes on one board. */
  CANVAS_MAX_SHAPES: z.coerce.number().int().positive().default(canvasLimits.maxShapes),
  /** Board sockets: messages one socket may send per second (steady; four seconds' worth at once). */
  SOCKET_MESSAGES_PER_SECOND: z.coerce.number().positive().default(defaultSocketBudget.messagesPerSecond),
  /** Board sockets: bytes one socket may send per second (steady; four seconds' worth at once). */
  SOCKET_BYTES_PER_SECOND: z.coerce.number().positive().default(defaultSocketBudget.bytesPerSecond),
  /** Worker threads for heavy jobs (reading imports, building exports), off the event loop. */
  WORKER_THREADS: z.coerce.number().int().positive().default(2),
  /** Heavy jobs running or waiting at once, in all; more are refused with 429. */
  WORKER_MAX_JOBS: z.coerce.number().int().positive().default(6),
  /** Heavy jobs one person may have running or waiting at once; more are refused with 429. */
  WORKER_JOBS_PER_PERSON: z.coerce.number().int().positive().default(1),
});

export type Env = z.infer<typeof envSchema>;

/** Parses configuration from the environment once, with defaults and readable errors. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== '')));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Planrom cannot start: invalid configuration\n${problems}`);
  }
  const env = result.data;
  if (!!env.PLANROM_ADMIN_EMAIL !== !!env.PLANROM_ADMIN_PASSWORD) {
    throw new Error('Planrom cannot start: set both PLANROM_ADMIN_EMAIL and PLANROM_ADMIN_PASSWORD, or neither.');
  }
  return env;
}

import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';

/**
 * Several Planrom processes on one database (cluster mode): the events every process follows
 * (access taken away, a board's room moving), appended by one process and read by all. Rows are
 * pruned after a few minutes; a process reads from the last id it saw.
 */
export const clusterEvents = sqliteTable(
  'cluster_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The process that appended it (it has already acted on it itself). */
    processId: text('process_id').notNull(),
    kind: text('kind').notNull(),
    /** The event's arguments as JSON. */
    payload: text('payload').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('cluster_events_created').on(table.createdAt)],
);

/** The processes of a cluster, with when each last showed it is alive. */
export const clusterProcesses = sqliteTable('cluster_processes', {
  id: text('id').primaryKey(),
  startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
  seenAt: integer('seen_at', { mode: 'timestamp_ms' }).notNull(),
});

/**
 * Which process holds a board's room of one kind (canvas, diagram, meeting) now: one at most; the
 * row goes when the room unloads.
 */
export const roomClaims = sqliteTable(
  'room_claims',
  {
    kind: text('kind').notNull(),
    boardId: text('board_id').notNull(),
    processId: text('process_id').notNull(),
    claimedAt: integer('claimed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.kind, table.boardId] })],
);

import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Why a canvas snapshot was written. `base` only compacts the change log and is not shown in
 * history; every other kind is a version people can preview and restore.
 */
export const canvasSnapshotKinds = ['base', 'checkpoint', 'named', 'before-restore', 'restored', 'before-import', 'imported'] as const;

/**
 * Full states of a canvas board at a clock: compaction bases and versions (automatic checkpoints,
 * named versions, the state kept before a restore or import).
 */
export const canvasSnapshots = sqliteTable(
  'canvas_snapshots',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    clock: integer('clock').notNull(),
    kind: text('kind', { enum: canvasSnapshotKinds }).notNull(),
    name: text('name'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name'),
    /** JSON array of the names of everyone who changed the board since the previous version. */
    authors: text('authors').notNull(),
    shapeCount: integer('shape_count').notNull(),
    /** JSON of tldraw's RoomSnapshot (documents with their clocks, tombstones, schema). */
    snapshot: text('snapshot').notNull(),
  },
  (table) => [index('canvas_snapshots_board_clock').on(table.boardId, table.clock), index('canvas_snapshots_board_created').on(table.boardId, table.createdAt)],
);

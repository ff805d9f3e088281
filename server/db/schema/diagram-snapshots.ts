import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Full states of a diagram board (a re-encoded `Y.Doc`), which are also its version history. The
 * newest snapshot plus the updates logged after `upToUpdateId` is the board's current state.
 */
export const diagramSnapshots = sqliteTable(
  'diagram_snapshots',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** The whole document as one Yjs update. */
    state: blob('state', { mode: 'buffer' }).notNull(),
    /** The last `diagram_updates.id` folded into this state (0 when none). */
    upToUpdateId: integer('up_to_update_id').notNull(),
    /**
     * Why it was taken: `compaction` (the log grew or the room closed), `manual` (someone saved a
     * version), `before-import` / `before-restore` (the state a change replaced), `copy` (board duplicated).
     */
    reason: text('reason', { enum: ['compaction', 'manual', 'before-import', 'before-restore', 'copy'] }).notNull(),
    label: text('label'),
    /** Names of the people whose changes went into this version since the previous one (JSON array). */
    authorNames: text('author_names').notNull().default('[]'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('diagram_snapshots_board').on(table.boardId, table.upToUpdateId)],
);

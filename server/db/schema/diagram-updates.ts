import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * The append-only log of a diagram board's Yjs updates. Each update is stored (synchronously) before
 * it is relayed to anyone, so nothing another client has seen can be lost. Compaction folds the log
 * into a row of `diagram_snapshots` and deletes what it folded.
 */
export const diagramUpdates = sqliteTable(
  'diagram_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** A Yjs update (`Y.encodeStateAsUpdate` format). */
    update: blob('update', { mode: 'buffer' }).notNull(),
    /** Who made it (user id, or null for a guest or the server) and their name at the time. */
    authorId: text('author_id'),
    authorName: text('author_name'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('diagram_updates_board').on(table.boardId, table.id)],
);

import { sqliteTable, text, integer, blob, primaryKey } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Images placed on canvas boards, uploaded to and served by Planrom (never inline data URLs in the
 * document). Kept in the database with the board, so a board is backed up, copied and deleted whole.
 */
export const canvasAssets = sqliteTable(
  'canvas_assets',
  {
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name'),
  },
  (table) => [primaryKey({ columns: [table.boardId, table.id] })],
);

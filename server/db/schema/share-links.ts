import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/** A link that opens one board without an account, for viewing or for editing. */
export const shareLinks = sqliteTable(
  'share_links',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    access: text('access', { enum: ['view', 'edit'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('share_links_board').on(table.boardId)],
);

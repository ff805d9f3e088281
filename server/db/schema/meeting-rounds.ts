import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Anonymous rounds (e.g. Faglig planvurdering's feedback): notes written while a round is open
 * hide their author from everyone until the facilitator reveals the round, or for good.
 */
export const meetingRounds = sqliteTable(
  'meeting_rounds',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    revealed: integer('revealed', { mode: 'boolean' }).notNull().default(false),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('meeting_rounds_board').on(table.boardId, table.startedAt)],
);

/** A note (canvas shape id) or node written during a round, and who wrote it (never sent while hidden). */
export const meetingRoundItems = sqliteTable(
  'meeting_round_items',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => meetingRounds.id, { onDelete: 'cascade' }),
    itemId: text('item_id').notNull(),
    authorKey: text('author_key').notNull(),
    authorName: text('author_name').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.itemId] })],
);

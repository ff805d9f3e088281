import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * The slides (canvas frames, plan phases, actor categories and groups) presented in a board's
 * meeting, in the order they came up: the presenter's client names the slide, the server notes who
 * showed it and when. The minutes list them.
 */
export const meetingSlides = sqliteTable(
  'meeting_slides',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    slideId: text('slide_id').notNull(),
    title: text('title').notNull(),
    shownByName: text('shown_by_name').notNull(),
    shownAt: integer('shown_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [index('meeting_slides_board').on(table.boardId, table.shownAt)],
);

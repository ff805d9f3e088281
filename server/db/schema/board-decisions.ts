import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * A decision or agreement ("Vedtak / enighet") marked on one item of a board: a canvas note or
 * frame, or a diagram node. Kept beside the board's content, so the region page and the minutes
 * can list decisions without opening the board.
 */
export const boardDecisions = sqliteTable(
  'board_decisions',
  {
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** The canvas shape id or diagram node id. */
    itemId: text('item_id').notNull(),
    /** What the item said when it was marked, so the decision reads well after the item is gone. */
    itemLabel: text('item_label').notNull(),
    text: text('text').notNull(),
    /** The day it was decided, `YYYY-MM-DD`. */
    decidedOn: text('decided_on').notNull(),
    /** Who agreed, in the editor's words ("alle seks kommunene", "rådmannsutvalget"). */
    agreedBy: text('agreed_by').notNull(),
    markedAt: integer('marked_at', { mode: 'timestamp_ms' }).notNull(),
    markedById: text('marked_by_id'),
    markedByName: text('marked_by_name'),
  },
  (table) => [primaryKey({ columns: [table.boardId, table.itemId] }), index('board_decisions_decided').on(table.boardId, table.decidedOn)],
);

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Dot votes on a board. The items (notes or nodes) are copied in with their labels when the vote
 * starts, so a closed vote keeps a readable result even after its notes change or are deleted.
 */
export const meetingVotes = sqliteTable(
  'meeting_votes',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    dotsPerPerson: integer('dots_per_person').notNull(),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
    /** The part of the board the vote is about (a frame's, phase's or group's name); null: the whole board. */
    about: text('about'),
    /** JSON: `[{ id, label }]`, in the order they were on the board. */
    items: text('items').notNull(),
    startedByName: text('started_by_name').notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    /** Taken off the board by the facilitator (kept, but no longer shown). */
    cleared: integer('cleared', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [index('meeting_votes_board').on(table.boardId, table.startedAt)],
);

/** One participant's dots on one item of a vote. Voters are keyed by account or guest session. */
export const meetingBallots = sqliteTable(
  'meeting_ballots',
  {
    voteId: text('vote_id')
      .notNull()
      .references(() => meetingVotes.id, { onDelete: 'cascade' }),
    voterKey: text('voter_key').notNull(),
    voterName: text('voter_name').notNull(),
    itemId: text('item_id').notNull(),
    dots: integer('dots').notNull(),
  },
  (table) => [primaryKey({ columns: [table.voteId, table.voterKey, table.itemId] })],
);

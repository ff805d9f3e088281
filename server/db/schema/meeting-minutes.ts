import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * Who was in a board's meeting channel and when: a row per connection, closed when it leaves.
 * The minutes take the people present from here (names only, never with what they wrote).
 */
export const meetingAttendance = sqliteTable(
  'meeting_attendance',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** Account or guest session, so one person with two tabs is counted once. */
    participantKey: text('participant_key').notNull(),
    name: text('name').notNull(),
    joinedAt: integer('joined_at', { mode: 'timestamp_ms' }).notNull(),
    leftAt: integer('left_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('meeting_attendance_board').on(table.boardId, table.joinedAt)],
);

/** Minutes (referat) of a meeting on a board, stored with it as the Word and PDF files made. */
export const meetingMinutes = sqliteTable(
  'meeting_minutes',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    endedAt: integer('ended_at', { mode: 'timestamp_ms' }).notNull(),
    language: text('language', { enum: ['nb', 'nn'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name'),
    docx: blob('docx', { mode: 'buffer' }).notNull(),
    pdf: blob('pdf', { mode: 'buffer' }).notNull(),
  },
  (table) => [index('meeting_minutes_board').on(table.boardId, table.createdAt)],
);

import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';
import { users } from './users';

/**
 * A round of the region's cooperation barometer: members score Ostrom's eight principles until
 * the round closes, on its closing day (Norwegian time) or earlier when a coordinator closes it.
 */
export const barometerRounds = sqliteTable(
  'barometer_rounds',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** The last day answers are taken, `YYYY-MM-DD`. */
    closesOn: text('closes_on').notNull(),
    openedAt: integer('opened_at', { mode: 'timestamp_ms' }).notNull(),
    /** Set when a coordinator closed the round before its day. */
    closedAt: integer('closed_at', { mode: 'timestamp_ms' }),
    openedById: text('opened_by_id'),
  },
  (table) => [index('barometer_rounds_region').on(table.regionId, table.openedAt)],
);

/**
 * One member's score for one principle. The user is kept only so they can change their answer;
 * no route ever sends it to anyone else.
 */
export const barometerAnswers = sqliteTable(
  'barometer_answers',
  {
    roundId: text('round_id')
      .notNull()
      .references(() => barometerRounds.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    principle: integer('principle').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    answeredAt: integer('answered_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.roundId, table.userId, table.principle] })],
);

import { sqliteTable, text, integer, primaryKey, index } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';
import { users } from './users';

/** A user's role in a region: koordinator, medlem or observatør. */
export const memberships = sqliteTable(
  'memberships',
  {
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ['koordinator', 'medlem', 'observator'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.regionId, table.userId] }), index('memberships_user').on(table.userId)],
);

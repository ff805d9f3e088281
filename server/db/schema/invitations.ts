import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';

/** An invitation link to join a region with a role, until it expires, is used or is revoked. */
export const invitations = sqliteTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    token: text('token').notNull().unique(),
    role: text('role', { enum: ['koordinator', 'medlem', 'observator'] }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    usedByName: text('used_by_name'),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('invitations_region').on(table.regionId)],
);

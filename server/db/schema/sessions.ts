import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { shareLinks } from './share-links';

/**
 * Server-side sessions. The cookie holds a random token; only its SHA-256 is stored, so a copy of
 * the database cannot be used to log in. A session belongs to a user, or to a guest who opened a
 * share link (then `shareLinkId` and `guestName` are set).
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    shareLinkId: text('share_link_id').references(() => shareLinks.id, { onDelete: 'cascade' }),
    guestName: text('guest_name'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user').on(table.userId), index('sessions_share_link').on(table.shareLinkId)],
);

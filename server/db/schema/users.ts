import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Local accounts. Email is stored lower-cased; the password only as a scrypt hash. */
export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    municipality: text('municipality'),
    passwordHash: text('password_hash').notNull(),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    passwordChangedAt: integer('password_changed_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('users_email').on(table.email)],
);

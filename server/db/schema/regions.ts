import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

export const regions = sqliteTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  language: text('language', { enum: ['nb', 'nn'] })
    .notNull()
    .default('nb'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});

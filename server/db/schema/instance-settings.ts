import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key–value facts about this Planrom instance, e.g. that the demo region has been seeded once. */
export const instanceSettings = sqliteTable('instance_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

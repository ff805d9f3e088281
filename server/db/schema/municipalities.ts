import { sqliteTable, text, integer, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';

export const municipalities = sqliteTable(
  'municipalities',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kommunenummer: text('kommunenummer').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [uniqueIndex('municipalities_region_number').on(table.regionId, table.kommunenummer)],
);

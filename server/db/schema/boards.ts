import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';

/**
 * Boards of a region. Who created and last changed a board is kept as a user id (nullable, so the
 * row survives the user) plus the name they had, so their name stays on what they made.
 */
export const boards = sqliteTable(
  'boards',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind', { enum: ['canvas', 'diagram'] }).notNull(),
    templateId: text('template_id'),
    /** An example board (the demo region's worksheets), shown as "Eksempel" and not counted as the region's own work. */
    example: integer('example', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name'),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
    updatedById: text('updated_by_id'),
    updatedByName: text('updated_by_name'),
    archivedAt: integer('archived_at', { mode: 'timestamp_ms' }),
  },
  (table) => [index('boards_region_updated').on(table.regionId, table.updatedAt)],
);

import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';

/**
 * Which of the start-up guide's worksheets a region has agreed on (done): a row per worksheet
 * marked, removed again when the mark is taken back. Who marked it is kept as a user id
 * (nullable, so the row survives the user) plus the name they had.
 */
export const regionTemplateProgress = sqliteTable(
  'region_template_progress',
  {
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    /** A built-in template id (`shared/templates`). */
    templateId: text('template_id').notNull(),
    agreedAt: integer('agreed_at', { mode: 'timestamp_ms' }).notNull(),
    agreedById: text('agreed_by_id'),
    agreedByName: text('agreed_by_name'),
  },
  (table) => [primaryKey({ columns: [table.regionId, table.templateId] })],
);

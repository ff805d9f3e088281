import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { regions } from './regions';

/**
 * A region's own templates: a board's content saved with "Lagre som mal", to make new boards from.
 * The content is a copy, so the template stays when its board changes or is deleted.
 */
export const regionTemplates = sqliteTable(
  'region_templates',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: ['canvas', 'diagram'] }).notNull(),
    /** The guide's worksheet the saved board was made from; boards made from this template carry it on. */
    templateId: text('template_id'),
    /** The board it was saved from (informative; canvas image addresses in the content point at it). */
    sourceBoardId: text('source_board_id').notNull(),
    /** JSON: a canvas board's tldraw room snapshot, or a diagram board's document (planrom-diagram v1). */
    content: text('content').notNull(),
    /** JSON summary of the preview (areas, lanes and counts), for its text alternative. */
    previewSummary: text('preview_summary').notNull(),
    /** The preview image (SVG), drawn from the content when it was saved. */
    previewSvg: text('preview_svg').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    createdById: text('created_by_id'),
    createdByName: text('created_by_name'),
  },
  (table) => [index('region_templates_region').on(table.regionId, table.createdAt)],
);

/** Images of a canvas region template, copied from its board so the template keeps them. */
export const regionTemplateAssets = sqliteTable(
  'region_template_assets',
  {
    templateId: text('template_id')
      .notNull()
      .references(() => regionTemplates.id, { onDelete: 'cascade' }),
    id: text('id').notNull(),
    mimeType: text('mime_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: blob('data', { mode: 'buffer' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.templateId, table.id] })],
);

import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * A counter per region that moves whenever a row of the region's boards is inserted, updated or
 * deleted, by anyone: SQLite triggers on `boards` (migration 0011) bump it in the writing
 * transaction, whichever connection or process writes (REST commands, board rooms, imports, seeds).
 * A region's board list kept under one version is what a fresh read gives while it stays the same.
 * A region without a row has version 0. No foreign key: a region's deletion deletes its boards,
 * whose triggers would write the row again mid-deletion; a stray row of a deleted region is harmless.
 */
export const boardListVersions = sqliteTable('board_list_versions', {
  regionId: text('region_id').primaryKey(),
  version: integer('version').notNull(),
});

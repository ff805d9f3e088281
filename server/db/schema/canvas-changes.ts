import { sqliteTable, text, integer, primaryKey } from 'drizzle-orm/sqlite-core';
import { boards } from './boards';

/**
 * The append-only change log of canvas boards: one row per committed tldraw transaction, written
 * before the room acknowledges it. A board's state is its newest snapshot plus the changes after
 * that snapshot's clock; compaction writes a snapshot and removes the changes it covers.
 */
export const canvasChanges = sqliteTable(
  'canvas_changes',
  {
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    /** The room's document clock after this change (one step per change). */
    clock: integer('clock').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    /** Who made the change: a user id (null for guests and the system) and the name they had. */
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    /** JSON `{ puts: Record<id, record>, deletes: id[] }`: the records as they became. */
    diff: text('diff').notNull(),
    /** The serialized tldraw schema when this change migrated the board to a newer one. */
    schema: text('schema'),
  },
  (table) => [primaryKey({ columns: [table.boardId, table.clock] })],
);

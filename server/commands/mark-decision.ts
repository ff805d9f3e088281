import { and, eq } from 'drizzle-orm';
import type { MarkDecision } from '../../shared/schemas/decision';
import type { Database } from '../db/client';
import { boardDecisions } from '../db/schema/index';
import { notFound } from '../lib/errors';

type DecisionRow = typeof boardDecisions.$inferSelect;

/**
 * Marks a decision on one of a board's items, or changes the one it has (who marked it and when
 * become this change's).
 * @returns the decision as stored
 */
export async function markDecision(
  db: Database,
  boardId: string,
  itemId: string,
  input: MarkDecision,
  by: { id: string | null; name: string } | null,
  now: Date,
): Promise<DecisionRow> {
  const values = { ...input, markedAt: now, markedById: by?.id ?? null, markedByName: by?.name ?? null };
  const [row] = await db
    .insert(boardDecisions)
    .values({ boardId, itemId, ...values })
    .onConflictDoUpdate({ target: [boardDecisions.boardId, boardDecisions.itemId], set: values })
    .returning();
  return row!;
}

/**
 * Takes back the decision marked on one of a board's items.
 * @throws 404 `not_found` when the item has none
 */
export async function takeBackDecision(db: Database, boardId: string, itemId: string): Promise<void> {
  const removed = await db
    .delete(boardDecisions)
    .where(and(eq(boardDecisions.boardId, boardId), eq(boardDecisions.itemId, itemId)))
    .returning({ itemId: boardDecisions.itemId });
  if (removed.length === 0) throw notFound('Fant ikke vedtaket.');
}

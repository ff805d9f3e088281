import type { Database } from '../db/client';
import { boards } from '../db/schema/index';
import { newId } from '../lib/ids';
import { copyDiagramContent } from './copy-diagram-content';
import type { ActorRef } from '../../shared/schemas/board';

type BoardRow = typeof boards.$inferSelect;

/**
 * Copies a board into a new, active board of the same region.
 * @param source the board to copy (may be archived; the copy is not)
 * @param title the copy's title
 * @param by who makes the copy, or null when nobody is signed in
 * @returns the new board's row
 */
export async function duplicateBoard(db: Database, source: BoardRow, title: string, by: ActorRef | null): Promise<BoardRow> {
  const now = new Date();
  const copy: BoardRow = {
    ...source,
    id: newId(),
    title,
    createdAt: now,
    createdById: by?.id ?? null,
    createdByName: by?.name ?? null,
    updatedAt: now,
    updatedById: by?.id ?? null,
    updatedByName: by?.name ?? null,
    archivedAt: null,
  };
  await db.transaction(async (tx) => {
    await tx.insert(boards).values(copy);
    if (source.kind === 'diagram') await copyDiagramContent(tx, source.id, copy.id, now);
  });
  return copy;
}

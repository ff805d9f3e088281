import { and, asc, desc, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from '../db/client';
import { diagramSnapshots, diagramUpdates } from '../db/schema/index';
import { newId } from '../lib/ids';

/**
 * Reads a diagram board's current content (newest snapshot plus the log after it, re-encoded as one
 * state) and returns `{ insert }`, the statement that gives another board that state as its first version, for the
 * caller's batch; null when the diagram is empty. Reading first and writing in one batch means no
 * transaction stays open across an await while the board rooms write synchronously.
 */
export async function prepareDiagramCopy(db: Database, fromBoardId: string, toBoardId: string, now: Date) {
  const tx = db;
  const [snapshot] = await tx
    .select()
    .from(diagramSnapshots)
    .where(eq(diagramSnapshots.boardId, fromBoardId))
    .orderBy(desc(diagramSnapshots.upToUpdateId), desc(diagramSnapshots.createdAt))
    .limit(1);
  const updates = await tx
    .select({ update: diagramUpdates.update })
    .from(diagramUpdates)
    .where(and(eq(diagramUpdates.boardId, fromBoardId), gt(diagramUpdates.id, snapshot?.upToUpdateId ?? 0)))
    .orderBy(asc(diagramUpdates.id));
  if (!snapshot && updates.length === 0) return null;
  const doc = new Y.Doc();
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    for (const row of updates) Y.applyUpdate(doc, new Uint8Array(row.update));
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  // Wrapped: a drizzle query is thenable, so returning it bare from an async function would run it.
  return {
    insert: db.insert(diagramSnapshots).values({
      id: newId(),
      boardId: toBoardId,
      state: Buffer.from(state),
      upToUpdateId: 0,
      reason: 'copy',
      label: null,
      authorNames: '[]',
      createdAt: now,
    }),
  };
}

import { and, asc, desc, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Database } from '../db/client';
import { diagramSnapshots, diagramUpdates } from '../db/schema/index';
import { newId } from '../lib/ids';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/**
 * Copies a diagram board's current content (newest snapshot plus the log after it, re-encoded as one
 * state) to another board, as that board's first version. Runs inside the caller's transaction.
 */
export async function copyDiagramContent(tx: Transaction, fromBoardId: string, toBoardId: string, now: Date): Promise<void> {
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
  if (!snapshot && updates.length === 0) return;
  const doc = new Y.Doc();
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    for (const row of updates) Y.applyUpdate(doc, new Uint8Array(row.update));
  });
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await tx.insert(diagramSnapshots).values({
    id: newId(),
    boardId: toBoardId,
    state: Buffer.from(state),
    upToUpdateId: 0,
    reason: 'copy',
    label: null,
    authorNames: '[]',
    createdAt: now,
  });
}

import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema } from '@tldraw/store';
import { and, asc, desc, eq, gt, ne } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { canvasChanges, canvasSnapshots } from '../../db/schema/index';
import { applyCanvasChange, snapshotFromState, stateFromSnapshot, type CanvasChangeDiff } from './canvas-state';

export interface LoadedCanvasState {
  snapshot: RoomSnapshot;
  /** Whether anything was stored for this board before. */
  stored: boolean;
  /** Changes since the newest stored snapshot (compaction pressure). */
  changesSinceSnapshot: number;
  /** Everyone who changed the board since its newest version. */
  authorsSinceVersion: string[];
  /** When the newest version (not a compaction base) was written. */
  lastVersionAt: Date | null;
}

/**
 * Rebuilds a canvas board's state: its newest snapshot plus the logged changes after it, in clock
 * order. This is exactly the state the room had, since every change was logged as it committed.
 */
export async function loadCanvasState(db: Database, boardId: string): Promise<LoadedCanvasState | null> {
  const [base] = await db
    .select()
    .from(canvasSnapshots)
    .where(eq(canvasSnapshots.boardId, boardId))
    .orderBy(desc(canvasSnapshots.clock), desc(canvasSnapshots.createdAt))
    .limit(1);
  const baseClock = base?.clock ?? -1;
  const later = await db
    .select()
    .from(canvasChanges)
    .where(and(eq(canvasChanges.boardId, boardId), gt(canvasChanges.clock, baseClock)))
    .orderBy(asc(canvasChanges.clock));
  if (!base && later.length === 0) return null;
  if (!base) throw new Error(`Canvas board ${boardId} has changes but no snapshot to apply them to`);

  const state = stateFromSnapshot(JSON.parse(base.snapshot) as RoomSnapshot);
  const authors = new Set<string>(base.kind === 'base' ? (JSON.parse(base.authors) as string[]) : []);
  for (const change of later) {
    applyCanvasChange(
      state,
      change.clock,
      JSON.parse(change.diff) as CanvasChangeDiff,
      change.schema ? (JSON.parse(change.schema) as SerializedSchema) : null,
    );
    if (change.actorName) authors.add(change.actorName);
  }
  const [version] = await db
    .select({ createdAt: canvasSnapshots.createdAt })
    .from(canvasSnapshots)
    .where(and(eq(canvasSnapshots.boardId, boardId), ne(canvasSnapshots.kind, 'base')))
    .orderBy(desc(canvasSnapshots.createdAt))
    .limit(1);
  return {
    snapshot: snapshotFromState(state),
    stored: true,
    changesSinceSnapshot: later.length,
    authorsSinceVersion: [...authors],
    lastVersionAt: version?.createdAt ?? null,
  };
}

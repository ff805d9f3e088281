import type { RoomSnapshot } from '@tldraw/sync-core';
import type { SerializedSchema } from '@tldraw/store';
import { and, asc, desc, eq, gt, ne, sql } from 'drizzle-orm';
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
  const s = canvasSnapshots;
  const newest = () => db.select().from(s).where(eq(s.boardId, boardId)).orderBy(desc(s.clock), desc(s.createdAt)).limit(1);
  // One batch is one read transaction: a snapshot a worker thread writes meanwhile (which removes
  // the changes it covers) is seen whole or not at all, never the old base without its changes.
  const baseClock = sql`coalesce((${db.select({ clock: s.clock }).from(s).where(eq(s.boardId, boardId)).orderBy(desc(s.clock), desc(s.createdAt)).limit(1)}), -1)`;
  const [[base], later, [version]] = await db.batch([
    newest(),
    db
      .select()
      .from(canvasChanges)
      .where(and(eq(canvasChanges.boardId, boardId), gt(canvasChanges.clock, baseClock)))
      .orderBy(asc(canvasChanges.clock)),
    db
      .select({ createdAt: s.createdAt })
      .from(s)
      .where(and(eq(s.boardId, boardId), ne(s.kind, 'base')))
      .orderBy(desc(s.createdAt))
      .limit(1),
  ]);
  if (!base && later.length === 0) return null;
  if (!base) throw new Error(`Canvas board ${boardId} has changes but no snapshot to apply them to`);

  const state = stateFromSnapshot(JSON.parse(base.snapshot) as RoomSnapshot);
  const authors = new Set<string>(base.kind === 'base' ? (JSON.parse(base.authors) as string[]) : []);
  for (const change of later) {
    applyCanvasChange(state, change.clock, JSON.parse(change.diff) as CanvasChangeDiff, change.schema ? (JSON.parse(change.schema) as SerializedSchema) : null);
    if (change.actorName) authors.add(change.actorName);
  }
  return {
    snapshot: snapshotFromState(state),
    stored: true,
    changesSinceSnapshot: later.length,
    authorsSinceVersion: [...authors],
    lastVersionAt: version?.createdAt ?? null,
  };
}

import { and, desc, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/client';
import { canvasSnapshots } from '../db/schema/index';

/** What a version list shows of a stored canvas snapshot (not the snapshot itself). */
const versionColumns = {
  id: canvasSnapshots.id,
  kind: canvasSnapshots.kind,
  name: canvasSnapshots.name,
  createdAt: canvasSnapshots.createdAt,
  createdById: canvasSnapshots.createdById,
  createdByName: canvasSnapshots.createdByName,
  authors: canvasSnapshots.authors,
  shapeCount: canvasSnapshots.shapeCount,
};

/** A canvas board's versions, the newest first; compaction bases are not versions. */
export async function canvasVersionsOf(db: Database, boardId: string) {
  return db
    .select(versionColumns)
    .from(canvasSnapshots)
    .where(and(eq(canvasSnapshots.boardId, boardId), ne(canvasSnapshots.kind, 'base')))
    .orderBy(desc(canvasSnapshots.createdAt), desc(canvasSnapshots.clock));
}

/** One stored snapshot as a version (without its content), by id, or undefined. */
export async function canvasVersionById(db: Database, snapshotId: string) {
  const [row] = await db.select(versionColumns).from(canvasSnapshots).where(eq(canvasSnapshots.id, snapshotId));
  return row;
}

/** One version of a board with its content, or undefined; compaction bases are not versions. */
export async function canvasVersionWithContent(db: Database, boardId: string, versionId: string) {
  const [row] = await db
    .select()
    .from(canvasSnapshots)
    .where(and(eq(canvasSnapshots.boardId, boardId), eq(canvasSnapshots.id, versionId), ne(canvasSnapshots.kind, 'base')))
    .limit(1);
  return row;
}

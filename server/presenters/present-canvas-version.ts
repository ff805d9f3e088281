import type { CanvasVersion } from '../../shared/schemas/canvas';
import type { canvasSnapshots } from '../db/schema/index';

type SnapshotRow = Pick<typeof canvasSnapshots.$inferSelect, 'id' | 'kind' | 'name' | 'createdAt' | 'createdById' | 'createdByName' | 'authors' | 'shapeCount'>;

/** The API's view of a canvas version (never the compaction bases, never the content). */
export function presentCanvasVersion(row: SnapshotRow): CanvasVersion {
  if (row.kind === 'base') throw new Error('compaction snapshots are not versions');
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName === null ? null : { id: row.createdById, name: row.createdByName },
    authors: JSON.parse(row.authors) as string[],
    shapeCount: row.shapeCount,
  };
}

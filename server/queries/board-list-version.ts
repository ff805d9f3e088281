import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { boardListVersions } from '../db/schema/index';

const versionOf = readStatement({ version: boardListVersions.version }, (q) =>
  q.from(boardListVersions).where(eq(boardListVersions.regionId, sql.placeholder('regionId'))),
);

/**
 * The version of a region's board list: it moves with every write to the region's boards, by any
 * connection or process (triggers, see board-list-versions.ts), and with nothing else. 0 when the
 * region's boards were never written.
 */
export async function boardListVersion(db: Database, regionId: string): Promise<number> {
  return (await versionOf.get(db, { regionId }))?.version ?? 0;
}

import { and, desc, eq, getTableColumns, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { boards } from '../db/schema/index';

/** Which of a region's boards to list: those in use (the default), all, or only the archived. */
export type ArchiveFilter = 'false' | 'true' | 'only';

const listed = (archiveFilter: SQL | undefined) =>
  readStatement(getTableColumns(boards), (q) =>
    q
      .from(boards)
      .where(and(eq(boards.regionId, sql.placeholder('regionId')), archiveFilter))
      .orderBy(desc(boards.updatedAt)),
  );

// One prepared statement per filter (see read-statement.ts): the region page lists its boards often.
const statements: Record<ArchiveFilter, ReturnType<typeof listed>> = {
  false: listed(isNull(boards.archivedAt)),
  true: listed(undefined),
  only: listed(isNotNull(boards.archivedAt)),
};

/** A region's boards, the most recently changed first. */
export function boardsOfRegion(db: Database, regionId: string, archived: ArchiveFilter = 'false') {
  return statements[archived].all(db, { regionId });
}

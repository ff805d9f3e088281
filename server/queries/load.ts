import { eq, getTableColumns, sql } from 'drizzle-orm';
import { isId } from '../../shared/schemas/ids';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { boards, regions } from '../db/schema/index';
import { notFound } from '../lib/errors';

// Every board and region route loads its row first: prepared once (see read-statement.ts).
const regionById = readStatement(getTableColumns(regions), (q) => q.from(regions).where(eq(regions.id, sql.placeholder('id'))));
const boardById = readStatement(getTableColumns(boards), (q) => q.from(boards).where(eq(boards.id, sql.placeholder('id'))));

/** The region with this id, or a 404 (malformed ids are simply unknown). */
export async function loadRegion(db: Database, regionId: string) {
  const row = isId(regionId) ? await regionById.get(db, { id: regionId }) : undefined;
  if (!row) throw notFound('Fant ikke samarbeidet.');
  return row;
}

/** The board with this id, or a 404. */
export async function loadBoard(db: Database, boardId: string) {
  const row = isId(boardId) ? await boardById.get(db, { id: boardId }) : undefined;
  if (!row) throw notFound('Fant ikke tavla.');
  return row;
}

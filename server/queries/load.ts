import { eq } from 'drizzle-orm';
import { isId } from '../../shared/schemas/ids';
import type { Database } from '../db/client';
import { boards, regions } from '../db/schema/index';
import { notFound } from '../lib/errors';

/** The region with this id, or a 404 (malformed ids are simply unknown). */
export async function loadRegion(db: Database, regionId: string) {
  const row = isId(regionId) ? await db.query.regions.findFirst({ where: eq(regions.id, regionId) }) : undefined;
  if (!row) throw notFound('Fant ikke samarbeidet.');
  return row;
}

/** The board with this id, or a 404. */
export async function loadBoard(db: Database, boardId: string) {
  const row = isId(boardId) ? await db.query.boards.findFirst({ where: eq(boards.id, boardId) }) : undefined;
  if (!row) throw notFound('Fant ikke tavla.');
  return row;
}

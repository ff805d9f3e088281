import { eq } from 'drizzle-orm';
import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { boards, regions } from '../db/schema/index';

/** The language of a region (null when there is no such region). */
export async function regionLanguageOf(db: Database, regionId: string): Promise<Language | null> {
  const [row] = await db.select({ language: regions.language }).from(regions).where(eq(regions.id, regionId)).limit(1);
  return row?.language ?? null;
}

/** The language of the region a board belongs to (null when there is no such board). */
export async function boardLanguageOf(db: Database, boardId: string): Promise<Language | null> {
  const [row] = await db
    .select({ language: regions.language })
    .from(boards)
    .innerJoin(regions, eq(regions.id, boards.regionId))
    .where(eq(boards.id, boardId))
    .limit(1);
  return row?.language ?? null;
}

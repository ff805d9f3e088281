import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { Region } from '../../shared/schemas/region';
import type { Database } from '../db/client';
import { boards, municipalities, regions } from '../db/schema/index';
import { presentRegion } from '../presenters/present-region';

type RegionRow = typeof regions.$inferSelect;

/** A region as the API shows it: with its member municipalities and how many active boards it has. */
export async function regionWithDetails(db: Database, row: RegionRow): Promise<Region> {
  const [members, [boardTotal]] = await Promise.all([
    db.select().from(municipalities).where(eq(municipalities.regionId, row.id)),
    db
      .select({ value: count() })
      .from(boards)
      .where(and(eq(boards.regionId, row.id), isNull(boards.archivedAt))),
  ]);
  return presentRegion(row, members, boardTotal?.value ?? 0);
}

/** These regions, by name, each with its details. */
export async function regionsWithDetails(db: Database, regionIds: string[]): Promise<Region[]> {
  if (regionIds.length === 0) return [];
  const rows = await db.select().from(regions).where(inArray(regions.id, regionIds)).orderBy(regions.name);
  return Promise.all(rows.map((row) => regionWithDetails(db, row)));
}

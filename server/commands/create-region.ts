import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { regions } from '../db/schema/index';
import { newId } from '../lib/ids';

type RegionRow = typeof regions.$inferSelect;

/**
 * Creates a regional cooperation with no members yet (the administrator invites its coordinator).
 * @returns the new region's row
 */
export async function createRegion(db: Database, input: { name: string; description: string; language: Language }): Promise<RegionRow> {
  const row: RegionRow = { id: newId(), ...input, createdAt: new Date() };
  await db.insert(regions).values(row);
  return row;
}

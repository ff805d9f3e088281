import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { municipalities } from '../db/schema/index';
import { conflict } from '../lib/errors';
import { newId } from '../lib/ids';

type MunicipalityRow = typeof municipalities.$inferSelect;

/**
 * Adds a member municipality to a region; a kommunenummer is in a region at most once.
 * @returns the new row
 * @throws 409 `conflict` when the region already has that kommunenummer
 */
export async function addMunicipality(db: Database, regionId: string, input: Omit<MunicipalityRow, 'id' | 'regionId' | 'createdAt'>): Promise<MunicipalityRow> {
  const existing = await db.query.municipalities.findFirst({
    where: and(eq(municipalities.regionId, regionId), eq(municipalities.kommunenummer, input.kommunenummer)),
  });
  if (existing) {
    throw conflict(`Kommunenummer ${input.kommunenummer} er allerede med i samarbeidet (${existing.name}).`);
  }
  const row: MunicipalityRow = { id: newId(), regionId, ...input, createdAt: new Date() };
  await db.insert(municipalities).values(row);
  return row;
}

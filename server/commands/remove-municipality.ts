import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { municipalities } from '../db/schema/index';
import { notFound } from '../lib/errors';

/**
 * Takes a municipality out of a region's members (boards already made keep their spaces for it).
 * @throws 404 `not_found` when the region has no such municipality
 */
export async function removeMunicipality(db: Database, regionId: string, municipalityId: string): Promise<void> {
  const removed = await db
    .delete(municipalities)
    .where(and(eq(municipalities.regionId, regionId), eq(municipalities.id, municipalityId)))
    .returning({ id: municipalities.id });
  if (removed.length === 0) throw notFound('Fant ikke kommunen i samarbeidet.');
}

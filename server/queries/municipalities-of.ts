import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { municipalities } from '../db/schema/index';

/**
 * A region's member municipalities as templates take them (id and name), in the order the region
 * page lists them: by kommunenummer.
 */
export async function municipalitiesOf(db: Database, regionId: string): Promise<Array<{ id: string; name: string }>> {
  return db
    .select({ id: municipalities.id, name: municipalities.name })
    .from(municipalities)
    .where(eq(municipalities.regionId, regionId))
    .orderBy(asc(municipalities.kommunenummer));
}

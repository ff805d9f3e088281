import { eq } from 'drizzle-orm';
import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { regions } from '../db/schema/index';

/** Changes a region's name, description or language; fields left out stay as they are. */
export async function updateRegion(db: Database, regionId: string, changes: { name?: string; description?: string; language?: Language }): Promise<void> {
  await db.update(regions).set(changes).where(eq(regions.id, regionId));
}

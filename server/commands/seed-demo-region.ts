import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { instanceSettings, memberships, municipalities, regions, users } from '../db/schema/index';
import { newId } from '../lib/ids';

const demoSeededKey = 'demo_region_seeded';
/** instance_settings key holding the demo region's id. */
export const demoRegionKey = 'demo_region_id';

/** Lister's six municipalities and their kommunenummer (Agder, county 42, since 2020). */
export const listerMunicipalities = [
  { name: 'Farsund', kommunenummer: '4206' },
  { name: 'Flekkefjord', kommunenummer: '4207' },
  { name: 'Lyngdal', kommunenummer: '4225' },
  { name: 'Hægebostad', kommunenummer: '4226' },
  { name: 'Kvinesdal', kommunenummer: '4227' },
  { name: 'Sirdal', kommunenummer: '4228' },
] as const;

/**
 * Creates the demo region "Lister" once per database. A marker row, written in the same
 * transaction, means a restart never adds it again, even after someone has renamed or emptied it.
 * @returns the demo region's id when it was created now, otherwise null
 */
export async function seedDemoRegion(db: Database): Promise<string | null> {
  return db.transaction(async (tx) => {
    const seeded = await tx.query.instanceSettings.findFirst({ where: eq(instanceSettings.key, demoSeededKey) });
    if (seeded) return null;
    const now = new Date();
    const regionId = newId();
    await tx.insert(regions).values({
      id: regionId,
      name: 'Lister',
      description: 'Eksempel: et regionalt plansamarbeid mellom de seks kommunene i Lister i Agder. Tavlene her er eksempler du kan prøve deg fram på.',
      language: 'nb',
      createdAt: now,
    });
    await tx.insert(municipalities).values(listerMunicipalities.map((m) => ({ id: newId(), regionId, ...m, createdAt: now })));
    await tx.insert(instanceSettings).values([
      { key: demoSeededKey, value: now.toISOString() },
      { key: demoRegionKey, value: regionId },
    ]);
    // An administrator who already exists becomes coordinator of the new demo region.
    const admins = await tx.select({ id: users.id }).from(users).where(eq(users.isAdmin, true));
    if (admins.length > 0) {
      await tx.insert(memberships).values(admins.map((a) => ({ regionId, userId: a.id, role: 'koordinator' as const, createdAt: now })));
    }
    return regionId;
  });
}

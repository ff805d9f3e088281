import { asc, eq } from 'drizzle-orm';
import type { MembershipSummary } from '../../shared/schemas/account';
import type { SignedInUser } from '../auth/principal';
import type { Database } from '../db/client';
import { memberships, regions } from '../db/schema/index';

/** The regions a user belongs to, with their role (the administrator: every region, as coordinator). */
export async function membershipsOf(db: Database, user: SignedInUser): Promise<MembershipSummary[]> {
  if (user.isAdmin) {
    const all = await db.select({ id: regions.id, name: regions.name }).from(regions).orderBy(asc(regions.name));
    return all.map((r) => ({ regionId: r.id, regionName: r.name, role: 'koordinator' as const }));
  }
  const rows = await db
    .select({ regionId: regions.id, regionName: regions.name, role: memberships.role })
    .from(memberships)
    .innerJoin(regions, eq(regions.id, memberships.regionId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(regions.name));
  return rows;
}

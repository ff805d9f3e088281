import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { memberships, users } from '../db/schema/index';

/** A region's members with their accounts, by name. */
export async function membersOf(db: Database, regionId: string) {
  const rows = await db
    .select({ membership: memberships, user: users })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.regionId, regionId))
    .orderBy(asc(users.displayName));
  return rows;
}

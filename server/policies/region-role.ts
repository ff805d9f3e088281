import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/role';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { memberships } from '../db/schema/index';

const membershipRole = readStatement({ role: memberships.role }, (q) =>
  q.from(memberships).where(and(eq(memberships.regionId, sql.placeholder('regionId')), eq(memberships.userId, sql.placeholder('userId')))),
);

/**
 * The caller's role in a region. The instance administrator acts as coordinator everywhere;
 * guests have no region role.
 */
export async function regionRoleOf(db: Database, principal: Principal, regionId: string): Promise<Role | null> {
  if (!principal.user) return null;
  if (principal.user.isAdmin) return 'koordinator';
  const row = await membershipRole.get(db, { regionId, userId: principal.user.id });
  return row?.role ?? null;
}

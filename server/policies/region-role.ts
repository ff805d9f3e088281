import { and, eq } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/role';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/client';
import { memberships } from '../db/schema/index';

/**
 * The caller's role in a region. The instance administrator acts as coordinator everywhere;
 * guests have no region role.
 */
export async function regionRoleOf(db: Database, principal: Principal, regionId: string): Promise<Role | null> {
  if (!principal.user) return null;
  if (principal.user.isAdmin) return 'koordinator';
  const row = await db.query.memberships.findFirst({
    where: and(eq(memberships.regionId, regionId), eq(memberships.userId, principal.user.id)),
  });
  return row?.role ?? null;
}

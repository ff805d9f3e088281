import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { isId } from '../../shared/schemas/ids';
import type { Role } from '../../shared/schemas/role';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/client';
import { readStatement } from '../db/read-statement';
import { memberships, regions } from '../db/schema/index';
import { ApiError, notFound } from '../lib/errors';

/**
 * What a caller wants to do in a region: `view` (any member, observers too), `contribute` (create
 * and organise boards: koordinator, medlem) or `manage` (members, invitations, settings: koordinator).
 */
export type RegionPermission = 'view' | 'contribute' | 'manage';

const allowed: Record<RegionPermission, readonly Role[]> = {
  view: ['koordinator', 'medlem', 'observator'],
  contribute: ['koordinator', 'medlem'],
  manage: ['koordinator'],
};

export const unauthenticated = () => new ApiError(401, 'unauthenticated', 'Du må logge inn først.');
export const forbidden = (message = 'Du har ikke tilgang til å gjøre dette.') => new ApiError(403, 'forbidden', message);

/** Throws 401 when nobody is signed in. */
export function requireUser(principal: Principal) {
  if (!principal.user) throw unauthenticated();
  return principal.user;
}

/** Throws unless the caller is the instance administrator (404 hides admin routes from others). */
export function requireAdmin(principal: Principal) {
  const user = requireUser(principal);
  if (!user.isAdmin) throw forbidden('Bare administratoren kan gjøre dette.');
  return user;
}

// The region and the caller's membership in one prepared statement (see read-statement.ts).
const regionWithMembership = readStatement({ ...getTableColumns(regions), memberRole: memberships.role }, (q) =>
  q
    .from(regions)
    .leftJoin(memberships, and(eq(memberships.regionId, regions.id), eq(memberships.userId, sql.placeholder('userId'))))
    .where(eq(regions.id, sql.placeholder('regionId'))),
);

/**
 * Loads a region the caller may act on. Anonymous callers get 401; regions the caller cannot see
 * answer 404 so their existence is not leaked; a visible region with too little role gives 403.
 */
export async function authorizeRegion(db: Database, principal: Principal, regionId: string, permission: RegionPermission) {
  const user = requireUser(principal);
  const row = isId(regionId) ? await regionWithMembership.get(db, { regionId, userId: user.id }) : undefined;
  // The administrator acts as coordinator everywhere (as in `regionRoleOf`).
  const role: Role | null = row ? (user.isAdmin ? 'koordinator' : row.memberRole) : null;
  if (!row || !role) throw notFound('Fant ikke samarbeidet.');
  const { memberRole: _, ...region } = row;
  if (!allowed[permission].includes(role)) throw forbidden();
  return { region, role };
}

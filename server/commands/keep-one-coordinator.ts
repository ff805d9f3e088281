import { ne, or, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/role';
import { memberships } from '../db/schema/index';
import { ApiError } from '../lib/errors';

/** 409 `last_coordinator`: the change would leave the region without anyone to run it. */
export const lastCoordinator = () => new ApiError(409, 'last_coordinator', 'Samarbeidet må ha minst én koordinator. Gjør en annen til koordinator først.');

/**
 * The condition, for the statement that changes or removes one membership, that the region still
 * has a coordinator afterwards: the membership is no coordinator's, the change keeps it one, or the
 * region has another. It is part of the writing statement itself (not a count read before it), so
 * two demotions at the same moment, from two requests or two server processes on one database,
 * cannot both pass it.
 * @param next the membership's role after the change, or null when it is removed
 * @returns the condition, or undefined when the change cannot lose a coordinator
 */
export function keepsACoordinator(regionId: string, next: Role | null): SQL | undefined {
  if (next === 'koordinator') return undefined;
  return or(
    ne(memberships.role, 'koordinator'),
    sql`(select count(*) from memberships as others where others.region_id = ${regionId} and others.role = 'koordinator') > 1`,
  );
}

import type { Role } from '../../shared/schemas/role';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { memberships } from '../db/schema/index';
import { notFound } from '../lib/errors';
import { userByEmail } from '../queries/user-by-email';
import { keepsACoordinator, lastCoordinator } from './keep-one-coordinator';

/**
 * Adds an existing account to a region by its e-mail address (an administrator's shortcut past
 * invitations), or gives someone already in it the new role, keeping at least one coordinator in
 * the region (the guard is part of the insert's update, as in `changeMemberRole`).
 * @returns the added user's id
 * @throws 404 `not_found` when no account has that address, 409 `last_coordinator` when the new role
 *   would leave the region without a coordinator
 */
export async function addMember(db: Database, events: AccessEvents, regionId: string, input: { email: string; role: Role }): Promise<string> {
  const user = await userByEmail(db, input.email);
  if (!user) throw notFound('Fant ingen konto med denne e-postadressen. Send en invitasjon i stedet.');
  const stored = await db
    .insert(memberships)
    .values({ regionId, userId: user.id, role: input.role, createdAt: new Date() })
    .onConflictDoUpdate({
      target: [memberships.regionId, memberships.userId],
      set: { role: input.role },
      setWhere: keepsACoordinator(regionId, input.role),
    })
    .returning({ userId: memberships.userId });
  if (stored.length === 0) throw lastCoordinator();
  events.emit('membership-changed', { regionId, userId: user.id });
  return user.id;
}

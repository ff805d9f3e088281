import { and, eq } from 'drizzle-orm';
import type { Role } from '../../shared/schemas/role';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { memberships } from '../db/schema/index';
import { notFound } from '../lib/errors';
import { keepsACoordinator, lastCoordinator } from './keep-one-coordinator';

/**
 * Gives a member of a region another role, keeping at least one coordinator in the region. The
 * look-up and the guarded change run in one batch (one transaction that never yields), and the
 * guard is part of the update itself.
 * @throws 404 `not_found` when the person is no member of the region, 409 `last_coordinator` when
 *   the change would leave it without a coordinator
 */
export async function changeMemberRole(db: Database, events: AccessEvents, regionId: string, userId: string, role: Role): Promise<void> {
  const member = and(eq(memberships.regionId, regionId), eq(memberships.userId, userId));
  const [current, changed] = await db.batch([
    db.select({ role: memberships.role }).from(memberships).where(member),
    db
      .update(memberships)
      .set({ role })
      .where(and(member, keepsACoordinator(regionId, role)))
      .returning({ userId: memberships.userId }),
  ]);
  if (current.length === 0) throw notFound('Fant ikke medlemmet.');
  if (changed.length === 0) throw lastCoordinator();
  events.emit('membership-changed', { regionId, userId });
}

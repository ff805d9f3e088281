import { and, eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { memberships } from '../db/schema/index';
import { notFound } from '../lib/errors';
import { keepsACoordinator, lastCoordinator } from './keep-one-coordinator';

/**
 * Takes someone out of a region (they leave, or a coordinator removes them), keeping at least one
 * coordinator in the region: the look-up and the guarded delete run in one batch.
 * @throws 404 `not_found` when the person is no member of the region, 409 `last_coordinator` when
 *   they are its only coordinator
 */
export async function removeMember(db: Database, events: AccessEvents, regionId: string, userId: string): Promise<void> {
  const member = and(eq(memberships.regionId, regionId), eq(memberships.userId, userId));
  const [current, removed] = await db.batch([
    db.select({ role: memberships.role }).from(memberships).where(member),
    db
      .delete(memberships)
      .where(and(member, keepsACoordinator(regionId, null)))
      .returning({ userId: memberships.userId }),
  ]);
  if (current.length === 0) throw notFound('Fant ikke medlemmet.');
  if (removed.length === 0) throw lastCoordinator();
  events.emit('membership-changed', { regionId, userId });
}

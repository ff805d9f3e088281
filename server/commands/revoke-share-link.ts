import { eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { sessions, shareLinks } from '../db/schema/index';

type ShareLinkRow = typeof shareLinks.$inferSelect;

/**
 * Revokes a share link and ends its guests' visits in one batch; their sockets close through the
 * `share-link-revoked` event. Revoking a revoked link again keeps the first time.
 * @returns the link as it is now
 */
export async function revokeShareLink(db: Database, events: AccessEvents, row: ShareLinkRow): Promise<ShareLinkRow> {
  const revokedAt = row.revokedAt ?? new Date();
  await db.batch([db.update(shareLinks).set({ revokedAt }).where(eq(shareLinks.id, row.id)), db.delete(sessions).where(eq(sessions.shareLinkId, row.id))]);
  events.emit('share-link-revoked', row.id);
  return { ...row, revokedAt };
}

import { desc, eq } from 'drizzle-orm';
import type { SessionPolicy } from '../auth/session-store';
import type { Database } from '../db/client';
import { sessions } from '../db/schema/index';

/** A user's sessions that have not ended (by age or idleness), the most recently used first. */
export async function liveSessionsOf(db: Database, userId: string, policy: SessionPolicy) {
  const now = (policy.clock ?? Date.now)();
  const rows = await db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(desc(sessions.lastSeenAt));
  return rows.filter((s) => s.expiresAt.getTime() > now && now - s.lastSeenAt.getTime() < policy.idleMs);
}

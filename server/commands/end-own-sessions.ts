import { and, eq } from 'drizzle-orm';
import type { AccessEvents } from '../auth/access-events';
import type { Database } from '../db/client';
import { sessions } from '../db/schema/index';

/**
 * Ends a user's own sessions (log out elsewhere): one by its id, or all of them. Their sockets
 * close through the `sessions-ended` event.
 * @param sessionId the one session to end, or null for every session of the user
 * @returns the ids of the sessions that ended (none when the id is not theirs)
 */
export async function endOwnSessions(db: Database, events: AccessEvents, userId: string, sessionId: string | null): Promise<string[]> {
  const removed = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), sessionId === null ? undefined : eq(sessions.id, sessionId)))
    .returning({ id: sessions.id });
  const ids = removed.map((s) => s.id);
  if (ids.length > 0) events.emit('sessions-ended', ids);
  return ids;
}

import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { meetingAttendance } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { logger } from '../../lib/logger';

/**
 * Notes that someone joined a board's meeting channel, for the minutes' list of people present;
 * call the returned function when they leave. Written in the background: attendance must never
 * hold up or break the meeting itself.
 */
export function recordAttendance(db: Database, input: { boardId: string; participantKey: string; name: string }, now: () => Date): () => void {
  const id = newId();
  const joined = db
    .insert(meetingAttendance)
    .values({ id, ...input, joinedAt: now() })
    .then(() => true)
    .catch((error: unknown) => {
      logger.error(`Planrom: could not note meeting attendance: ${String(error)}`);
      return false;
    });
  return () => {
    const leftAt = now();
    void joined.then((stored) =>
      stored
        ? db
            .update(meetingAttendance)
            .set({ leftAt })
            .where(eq(meetingAttendance.id, id))
            .catch((error: unknown) => logger.error(`Planrom: could not note leaving a meeting: ${String(error)}`))
        : undefined,
    );
  };
}

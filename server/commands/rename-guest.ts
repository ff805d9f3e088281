import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions } from '../db/schema/index';

/** Sets the name a guest is shown by to others on the board, for the rest of their visit. */
export async function renameGuest(db: Database, sessionId: string, guestName: string): Promise<void> {
  await db.update(sessions).set({ guestName }).where(eq(sessions.id, sessionId));
}

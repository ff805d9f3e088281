import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';

/**
 * Changes what a user says about themself: their name and municipality (an empty municipality
 * clears it). Fields left out stay as they are.
 * @returns the columns that changed, for the caller to present
 */
export async function updateAccount(
  db: Database,
  userId: string,
  input: { displayName?: string; municipality?: string | null },
): Promise<{ displayName?: string; municipality?: string | null }> {
  const changes = {
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    ...(input.municipality !== undefined ? { municipality: input.municipality || null } : {}),
  };
  await db.update(users).set(changes).where(eq(users.id, userId));
  return changes;
}

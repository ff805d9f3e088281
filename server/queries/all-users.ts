import { asc } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';

/** Every account of the instance, by name (the administrator's list). */
export async function allUsers(db: Database) {
  return db.select().from(users).orderBy(asc(users.displayName));
}

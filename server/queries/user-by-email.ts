import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';

/** The account with this (lower-cased) e-mail address, with its password hash, or undefined. */
export async function userByEmail(db: Database, email: string) {
  return db.query.users.findFirst({ where: eq(users.email, email) });
}

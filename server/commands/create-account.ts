import { eq } from 'drizzle-orm';
import type { NewAccountInput } from '../../shared/schemas/account';
import { hashPassword } from '../auth/password';
import type { Database } from '../db/client';
import { users } from '../db/schema/index';
import { ApiError } from '../lib/errors';
import { newId } from '../lib/ids';

type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

export const emailTaken = () => new ApiError(409, 'email_taken', 'Det finnes allerede en konto med denne e-postadressen. Logg inn i stedet.');

/**
 * Inserts a local account inside the caller's transaction. The password is hashed before the
 * transaction starts (see `hashPassword`), so pass the hash.
 * @returns the new user's row
 */
export async function insertAccount(
  tx: Transaction | Database,
  input: { email: string; displayName: string; municipality?: string | null; passwordHash: string; isAdmin?: boolean },
) {
  const existing = await tx.query.users.findFirst({ where: eq(users.email, input.email) });
  if (existing) throw emailTaken();
  const now = new Date();
  const row = {
    id: newId(),
    email: input.email,
    displayName: input.displayName,
    municipality: input.municipality || null,
    passwordHash: input.passwordHash,
    isAdmin: input.isAdmin ?? false,
    createdAt: now,
    passwordChangedAt: now,
  };
  await tx.insert(users).values(row);
  return row;
}

/** Hashes the password of a new account's input. */
export async function prepareAccount(input: NewAccountInput & { email: string }) {
  return {
    email: input.email,
    displayName: input.displayName,
    municipality: input.municipality ?? null,
    passwordHash: await hashPassword(input.password),
  };
}

import type { NewAccountInput } from '../../shared/schemas/account';
import type { Database } from '../db/client';
import type { invitations } from '../db/schema/index';
import { acceptInvitation, assertInvitationUsable } from './accept-invitation';
import { insertAccount, prepareAccount } from './create-account';

type InvitationRow = typeof invitations.$inferSelect;

/**
 * Makes a new account from an invitation link and lets it join the invitation's region, in one
 * transaction: the account, the membership and the used invitation exist together or not at all.
 * @returns the new user's row
 * @throws 410 when the invitation cannot be used, 409 `email_taken` when the address has an account
 */
export async function registerWithInvitation(db: Database, row: InvitationRow, input: NewAccountInput & { email: string }) {
  assertInvitationUsable(row);
  // Hashed before the transaction: nothing but database calls may be awaited inside one.
  const account = await prepareAccount(input);
  return db.transaction(async (tx) => {
    const created = await insertAccount(tx, account);
    await acceptInvitation(tx, row, created);
    return created;
  });
}

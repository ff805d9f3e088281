import { emailSchema } from '../../shared/schemas/account';
import { hashPassword } from '../auth/password';
import { newToken } from '../auth/tokens';
import type { Database } from '../db/client';
import type { Env } from '../env';
import { createAdministrator, hasAdministrator } from './create-administrator';

/**
 * Makes sure an instance administrator can exist: from PLANROM_ADMIN_EMAIL/PASSWORD when set (an
 * existing administrator is never overwritten), otherwise by a one-time set-up token to print.
 * @returns the set-up token when the instance still needs its first administrator, else null
 */
export async function bootstrapAdministrator(db: Database, env: Env): Promise<{ setupToken: string | null; created: boolean }> {
  if (await hasAdministrator(db)) return { setupToken: null, created: false };
  if (env.PLANROM_ADMIN_EMAIL && env.PLANROM_ADMIN_PASSWORD) {
    const created = await createAdministrator(db, {
      email: emailSchema.parse(env.PLANROM_ADMIN_EMAIL),
      displayName: env.PLANROM_ADMIN_NAME,
      passwordHash: await hashPassword(env.PLANROM_ADMIN_PASSWORD),
    });
    return { setupToken: null, created: created !== null };
  }
  return { setupToken: newToken(), created: false };
}

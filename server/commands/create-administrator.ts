import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { instanceSettings, memberships, users } from '../db/schema/index';
import { insertAccount } from './create-account';
import { demoRegionKey } from './seed-demo-region';

/** True once any instance administrator exists. */
export async function hasAdministrator(db: Database): Promise<boolean> {
  return (await db.query.users.findFirst({ where: eq(users.isAdmin, true) })) !== undefined;
}

/**
 * Creates the instance administrator, unless one exists already (an existing one is never
 * overwritten), and makes them coordinator of the demo region.
 * @returns the new administrator's id, or null when one existed
 */
export async function createAdministrator(
  db: Database,
  account: { email: string; displayName: string; municipality?: string | null; passwordHash: string },
): Promise<string | null> {
  return db.transaction(async (tx) => {
    if (await tx.query.users.findFirst({ where: eq(users.isAdmin, true) })) return null;
    const admin = await insertAccount(tx, { ...account, isAdmin: true });
    const demo = await tx.query.instanceSettings.findFirst({ where: eq(instanceSettings.key, demoRegionKey) });
    if (demo) {
      await tx.insert(memberships).values({ regionId: demo.value, userId: admin.id, role: 'koordinator', createdAt: new Date() }).onConflictDoNothing();
    }
    return admin.id;
  });
}

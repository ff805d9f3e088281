import { desc, eq } from 'drizzle-orm';
import type { Language } from '../../shared/schemas/language';
import type { Database } from '../db/client';
import { invitations, regions } from '../db/schema/index';

/** A region's invitations, the newest first (used, revoked and expired ones too). */
export async function invitationsOf(db: Database, regionId: string) {
  return db.select().from(invitations).where(eq(invitations.regionId, regionId)).orderBy(desc(invitations.createdAt));
}

/** One invitation by its id, or undefined. */
export async function invitationById(db: Database, invitationId: string) {
  return db.query.invitations.findFirst({ where: eq(invitations.id, invitationId) });
}

/** An invitation by the token in its link, or undefined. Tokens longer than any we make are not looked up. */
export async function invitationByToken(db: Database, token: string) {
  return token.length <= 100 ? db.query.invitations.findFirst({ where: eq(invitations.token, token) }) : undefined;
}

/** The name and language of the region an invitation is to ('' and bokmål when the region is gone). */
export async function invitationRegionOf(db: Database, regionId: string): Promise<{ name: string; language: Language }> {
  const region = await db.query.regions.findFirst({ columns: { name: true, language: true }, where: eq(regions.id, regionId) });
  return { name: region?.name ?? '', language: region?.language ?? 'nb' };
}

import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { boards, shareLinks } from '../db/schema/index';

/** A board's working share links, the newest first. */
export async function shareLinksOf(db: Database, boardId: string) {
  return db
    .select()
    .from(shareLinks)
    .where(and(eq(shareLinks.boardId, boardId), isNull(shareLinks.revokedAt)))
    .orderBy(desc(shareLinks.createdAt));
}

/** One share link by its id, or undefined. */
export async function shareLinkById(db: Database, shareLinkId: string) {
  return db.query.shareLinks.findFirst({ where: eq(shareLinks.id, shareLinkId) });
}

/**
 * A share link by the token in its address, with the board it opens (undefined when the link or
 * the board is gone). Tokens longer than any we make are not looked up.
 */
export async function shareLinkByToken(db: Database, token: string) {
  if (token.length > 100) return undefined;
  const link = await db.query.shareLinks.findFirst({ where: eq(shareLinks.token, token) });
  if (!link) return undefined;
  const board = await db.query.boards.findFirst({ where: eq(boards.id, link.boardId) });
  return { link, board };
}

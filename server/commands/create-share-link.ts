import type { ActorRef } from '../../shared/schemas/board';
import { newToken } from '../auth/tokens';
import type { Database } from '../db/client';
import { shareLinks } from '../db/schema/index';
import { newId } from '../lib/ids';

type ShareLinkRow = typeof shareLinks.$inferSelect;

/**
 * Makes a link that opens one board without an account, for viewing or for editing.
 * @param by who makes it (their name stays on the link), or null for the system
 * @returns the new link's row, with its secret token
 */
export async function createShareLink(db: Database, boardId: string, access: ShareLinkRow['access'], by: ActorRef | null): Promise<ShareLinkRow> {
  const row: ShareLinkRow = {
    id: newId(),
    boardId,
    token: newToken(),
    access,
    createdAt: new Date(),
    createdById: by?.id ?? null,
    createdByName: by?.name ?? '',
    revokedAt: null,
  };
  await db.insert(shareLinks).values(row);
  return row;
}

import type { ShareLink } from '../../shared/schemas/share-link';
import type { shareLinks } from '../db/schema/index';

/** A share link as the share dialog lists it; the path only while it works. */
export function presentShareLink(row: typeof shareLinks.$inferSelect): ShareLink {
  return {
    id: row.id,
    boardId: row.boardId,
    access: row.access,
    path: row.revokedAt ? null : `/del/${row.token}`,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByName,
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
  };
}

import { eq } from 'drizzle-orm';
import { closeCodes, type CloseCode } from '../../shared/sync/close-codes';
import type { BoardAccess } from '../../shared/schemas/role';
import type { Principal } from '../auth/principal';
import { boards } from '../db/schema/index';
import type { Services } from '../app-env';
import { logger } from '../lib/logger';
import { boardAccessOf } from '../policies/authorize-board';

export interface WatchedConnection {
  boardId: string;
  regionId: string;
  principal: Principal;
  access: BoardAccess;
  /** Close the socket with a named close code and a short reason. */
  close(code: CloseCode, reason: string): void;
}

/**
 * Keeps a live board connection honest: when the caller's session ends, their share link is
 * revoked or their role in the region changes, the connection is closed within moments (and
 * re-opened by the client with whatever rights remain).
 * @returns a function that stops watching (call it when the socket closes)
 */
export function watchBoardAccess(services: Services, connection: WatchedConnection): () => void {
  const { principal } = connection;
  const ownSessions = new Set([principal.sessionId, principal.guest?.sessionId].filter(Boolean));

  const recheck = async (fallback: CloseCode, reason: string) => {
    try {
      const board = await services.db.query.boards.findFirst({ where: eq(boards.id, connection.boardId) });
      if (!board || board.archivedAt) return connection.close(closeCodes.boardGone, 'board gone');
      const now = await boardAccessOf(services.db, principal, board);
      if (now === 'none') connection.close(fallback, reason);
      else if (now !== connection.access) connection.close(closeCodes.accessChanged, 'access changed');
    } catch (error) {
      logger.error('Could not re-check board access', error);
    }
  };

  const onSessionsEnded = (ids: string[]) => {
    if (ids.some((id) => ownSessions.has(id))) connection.close(closeCodes.sessionEnded, 'session ended');
  };
  const onLinkRevoked = (linkId: string) => {
    if (principal.guest?.shareLinkId !== linkId) return;
    // Without the link the guest part of the caller is gone; a member keeps their own access.
    const withoutGuest = { ...principal, guest: null };
    connection.principal = withoutGuest;
    if (!withoutGuest.user) return connection.close(closeCodes.shareLinkRevoked, 'share link revoked');
    void recheck(closeCodes.shareLinkRevoked, 'share link revoked');
  };
  const onMembershipChanged = (change: { regionId: string; userId: string }) => {
    if (change.regionId === connection.regionId && change.userId === principal.user?.id) {
      void recheck(closeCodes.accessRevoked, 'access revoked');
    }
  };

  const onBoardClosed = (boardId: string) => {
    if (boardId === connection.boardId) connection.close(closeCodes.boardGone, 'board closed');
  };

  services.accessEvents.on('sessions-ended', onSessionsEnded);
  services.accessEvents.on('board-closed', onBoardClosed);
  services.accessEvents.on('share-link-revoked', onLinkRevoked);
  services.accessEvents.on('membership-changed', onMembershipChanged);
  return () => {
    services.accessEvents.off('sessions-ended', onSessionsEnded);
    services.accessEvents.off('board-closed', onBoardClosed);
    services.accessEvents.off('share-link-revoked', onLinkRevoked);
    services.accessEvents.off('membership-changed', onMembershipChanged);
  };
}

import { Hono } from 'hono';
import { createShareLinkSchema, guestNameSchema } from '../../../shared/schemas/share-link';
import { guestCookie, setSessionCookie } from '../../auth/cookies';
import { actorOf } from '../../auth/principal';
import { createSession, endSession } from '../../auth/session-store';
import { createShareLink } from '../../commands/create-share-link';
import { renameGuest } from '../../commands/rename-guest';
import { revokeShareLink } from '../../commands/revoke-share-link';
import type { AppEnv } from '../../app-env';
import { ApiError, notFound } from '../../lib/errors';
import { validate } from '../../lib/validate';
import { authorizeBoard, boardAccessOf } from '../../policies/authorize-board';
import { unauthenticated } from '../../policies/authorize-region';
import { presentShareLink } from '../../presenters/present-share-link';
import { shareLinkById, shareLinkByToken, shareLinksOf } from '../../queries/share-links-of';

/** `/api/boards/:boardId/share-links`: links that open a board without an account. */
export const boardShareLinkRoutes = new Hono<AppEnv>()
  .get('/:boardId/share-links', async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'manage');
    const rows = await shareLinksOf(c.var.db, board.id);
    return c.json({ shareLinks: rows.map(presentShareLink) });
  })
  .post('/:boardId/share-links', validate('json', createShareLinkSchema), async (c) => {
    const { board } = await authorizeBoard(c.var.db, c.var.principal, c.req.param('boardId'), 'manage');
    const row = await createShareLink(c.var.db, board.id, c.req.valid('json').access, actorOf(c.var.principal));
    return c.json({ shareLink: presentShareLink(row) }, 201);
  });

/** `/api/share-links/:id`: revoking a link disconnects its guests. */
export const shareLinkRoutes = new Hono<AppEnv>().delete('/:shareLinkId', async (c) => {
  if (!c.var.principal.user) throw unauthenticated();
  const row = await shareLinkById(c.var.db, c.req.param('shareLinkId'));
  if (!row) throw notFound('Fant ikke delingslenken.');
  await authorizeBoard(c.var.db, c.var.principal, row.boardId, 'manage');
  const revoked = await revokeShareLink(c.var.db, c.var.services.accessEvents, row);
  return c.json({ shareLink: presentShareLink(revoked) });
});

/** `/api/share/:token`: a visitor opens a share link and becomes a guest of that one board. */
export const openShareRoutes = new Hono<AppEnv>().post('/:token/open', async (c) => {
  const found = await shareLinkByToken(c.var.db, c.req.param('token'));
  if (!found) throw notFound('Fant ikke delingslenken. Sjekk at du har kopiert hele lenken.');
  const { link, board } = found;
  if (link.revokedAt || !board || board.archivedAt) {
    throw new ApiError(410, 'share_link_revoked', 'Denne delingslenken virker ikke lenger. Be om en ny lenke.');
  }
  const { principal } = c.var;
  // A member who opens a link keeps their own (usually wider) access and needs no guest visit.
  // The same guest opening the same link again keeps their visit (no new session each time).
  const sameVisit = principal.guest?.shareLinkId === link.id;
  if (!sameVisit && (await boardAccessOf(c.var.db, { ...principal, guest: null }, board)) === 'none') {
    const guestName = principal.guest?.guestName ?? 'Gjest';
    // The browser holds one guest visit: the one it had (another link's) ends with the new one.
    if (principal.guest) await endSession(c.var.db, principal.guest.sessionId);
    const session = await createSession(c.var.db, c.var.services.sessionPolicy, { shareLinkId: link.id, guestName }, c.req.header('user-agent') ?? null);
    setSessionCookie(c, guestCookie, session.token);
  }
  return c.json({ boardId: board.id, access: link.access });
});

/** `/api/guest`: the guest's own name, shown to others on the board. */
export const guestRoutes = new Hono<AppEnv>().patch('/', validate('json', guestNameSchema), async (c) => {
  const guest = c.var.principal.guest;
  if (!guest) throw unauthenticated();
  const { guestName } = c.req.valid('json');
  await renameGuest(c.var.db, guest.sessionId, guestName);
  return c.json({ guest: { name: guestName, boardId: guest.boardId, access: guest.access } });
});

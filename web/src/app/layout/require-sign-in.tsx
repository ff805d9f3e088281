import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { guestLinkFor } from '../../lib/guest-link';
import { loginPath } from '../../lib/return-path';
import { useAuth } from '../../lib/use-auth';

/**
 * Lets signed-in people through. Everyone else goes to the log-in page, which brings them back
 * here afterwards (or to the set-up page while Planrom has no administrator). This is also where a
 * 401 from any request ends up: it refreshes the sign-in state, and this guard then redirects. With `allowGuest`, a
 * guest who opened a share link for this board (`:boardId`) may pass too.
 */
export function RequireSignIn({ allowGuest = false }: { allowGuest?: boolean }) {
  const auth = useAuth().data;
  const location = useLocation();
  const { boardId } = useParams();
  if (!auth) return null;
  if (auth.user) return <Outlet />;
  if (allowGuest && auth.guest && auth.guest.boardId === boardId) return <Outlet />;
  if (auth.needsSetup) return <Navigate replace to="/oppsett" />;
  // After logging out on purpose there is nothing to come back to.
  if (auth.signedOutHere) return <Navigate replace to="/logg-inn" />;
  // A guest whose visit ended goes back through the link, which says why it stopped working.
  const guestLink = allowGuest ? guestLinkFor(boardId) : null;
  if (guestLink) return <Navigate replace to={`/del/${guestLink}`} />;
  return <Navigate replace to={loginPath(location.pathname + location.search)} />;
}

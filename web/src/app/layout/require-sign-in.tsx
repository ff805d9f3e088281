import { Navigate, Outlet, useLocation, useParams } from 'react-router';
import { loginPath } from '../../lib/return-path';
import { useAuth } from '../../lib/use-auth';

/**
 * Lets signed-in people through. Everyone else goes to the log-in page, which brings them back
 * here afterwards (or to the set-up page while Planrom has no administrator). With `allowGuest`, a
 * guest who opened a share link for this board (`:boardId`) may pass too.
 */
export function RequireSignIn({ allowGuest = false }: { allowGuest?: boolean }) {
  const auth = useAuth().data;
  const location = useLocation();
  const { boardId } = useParams();
  if (!auth) return null;
  if (auth.user) return <Outlet />;
  if (allowGuest && auth.guest && auth.guest.boardId === boardId) return <Outlet />;
  return <Navigate replace to={auth.needsSetup ? '/oppsett' : loginPath(location.pathname + location.search)} />;
}

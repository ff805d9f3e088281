import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/loading-state';
import { focusPageHeading } from '../../lib/route-focus';
import { useAuth } from '../../lib/use-auth';
import { useErrorText } from '../../lib/use-error-text';
import { isBoardPath, StartBoardLoading } from '../routes/start-board-loading';
import { SiteHeader } from './site-header';
import { WorkspaceLayoutContext } from './workspace-layout';
import { useWorkspaceRootClass } from './workspace-root-class';
import { isMeetingScreenSearch } from '../../../../shared/web/meeting-screen-query';

/**
 * Skip link, banner, main content, footer (a board page is a workspace: only its own bar and the board). The pages wait until it is known who is here (signed
 * in, a guest, or nobody yet), so route guards and headers never guess.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const previousPath = useRef(pathname);
  const auth = useAuth();
  const errorText = useErrorText();
  // A board is a workspace: its page brings its own slim bar and fills the window. Opened directly,
  // a board page starts as one, so the site's header is not drawn first only to be taken away; a
  // board that cannot be shown turns it back (and any other path is never one).
  const [workspaceAsked, setWorkspace] = useState(() => isBoardPath(pathname));
  const workspace = workspaceAsked && isBoardPath(pathname);
  const [banner, setBanner] = useState<HTMLElement | null>(null);
  const layout = useMemo(() => ({ banner, setWorkspace }), [banner]);
  useWorkspaceRootClass(workspace);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    focusPageHeading();
  }, [pathname]);

  return (
    <WorkspaceLayoutContext.Provider value={layout}>
      <StartBoardLoading />
      <SkipLink href="#innhold">{t('app.skip-link')}</SkipLink>
      {workspace ? (
        // The bar's place is kept from the first render (the bar itself comes in the render after),
        // so the editor is not laid out, and a diagram fitted, for a taller window than it gets.
        <div className={isMeetingScreenSearch(search) ? 'workspace-banner' : 'workspace-banner workspace-banner--bar'} data-size="sm" ref={setBanner} />
      ) : (
        <SiteHeader auth={auth.data} />
      )}
      <main id="innhold" tabIndex={-1} className={workspace ? 'site-main site-main--workspace' : 'site-main'}>
        {auth.data ? (
          <Outlet />
        ) : auth.isError ? (
          <ErrorState headingLevel={1} message={errorText(auth.error)} onRetry={() => void auth.refetch()} />
        ) : (
          <LoadingState text={t('loading.me')} />
        )}
      </main>
      {workspace ? null : (
        <footer className="site-footer">
          <p>{t('app.footer')}</p>
        </footer>
      )}
      <ScrollRestoration />
    </WorkspaceLayoutContext.Provider>
  );
}

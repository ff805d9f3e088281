import type { ComponentType } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { PageLoading } from './layout/page-loading';
import { RequireSignIn } from './layout/require-sign-in';
import { RouteError } from './layout/route-error';
import { BoardPage } from './routes/board-page';
import { InvitationPage } from './routes/invitation-page';
import { LoginPage } from './routes/login-page';
import { SetupPage } from './routes/setup-page';
import { ShareLinkPage } from './routes/share-link-page';
import { boardPath } from './routes/start-board-loading';

/** A route's page as a chunk of its own, fetched when the route is first visited. */
function lazyPage<Name extends string>(load: () => Promise<Record<Name, ComponentType>>, name: Name) {
  return async () => ({ Component: (await load())[name] });
}

/**
 * Norwegian paths, since planners read and share them. The board page is part of the app's first
 * scripts (a board opened from a link is the page that has to be quick), and so are the ways in,
 * where the sign-in guard sends people: a redirect to a page still loading could be overtaken by the
 * sign-in state changing under it (logging out everywhere, then the check in the background). Every
 * other page is its own chunk, fetched when it is first visited, so a board page does not download
 * and run them.
 */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        // Shown in the layout while the first page's own chunk arrives.
        HydrateFallback: PageLoading,
        children: [
          // Open to anyone: the ways in.
          { path: 'logg-inn', element: <LoginPage /> },
          { path: 'oppsett', element: <SetupPage /> },
          { path: 'invitasjon/:token', element: <InvitationPage /> },
          { path: 'del/:token', element: <ShareLinkPage /> },
          // A board: its region's members, or a guest who opened a share link for it.
          {
            element: <RequireSignIn allowGuest />,
            children: [{ path: boardPath.slice(1), element: <BoardPage /> }],
          },
          {
            element: <RequireSignIn />,
            children: [
              { index: true, lazy: lazyPage(() => import('./routes/regions-page'), 'RegionsPage') },
              { path: 'samarbeid/:regionId', lazy: lazyPage(() => import('./routes/region-page'), 'RegionPage') },
              { path: 'samarbeid/:regionId/maler', lazy: lazyPage(() => import('./routes/region-templates-page'), 'RegionTemplatesPage') },
              { path: 'samarbeid/:regionId/arkiv', lazy: lazyPage(() => import('./routes/region-archive-page'), 'RegionArchivePage') },
              { path: 'samarbeid/:regionId/barometer', lazy: lazyPage(() => import('./routes/region-barometer-page'), 'RegionBarometerPage') },
              {
                path: 'samarbeid/:regionId/barometer/:roundId/vis',
                lazy: lazyPage(() => import('./routes/barometer-presentation-page'), 'BarometerPresentationPage'),
              },
              { path: 'samarbeid/:regionId/medlemmer', lazy: lazyPage(() => import('./routes/region-members-page'), 'RegionMembersPage') },
              { path: 'samarbeid/:regionId/innstillinger', lazy: lazyPage(() => import('./routes/region-settings-page'), 'RegionSettingsPage') },
              { path: 'konto', lazy: lazyPage(() => import('./routes/account-page'), 'AccountPage') },
            ],
          },
          { path: '*', lazy: lazyPage(() => import('./routes/not-found-page'), 'NotFoundPage') },
        ],
      },
    ],
  },
]);

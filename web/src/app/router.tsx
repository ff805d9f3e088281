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
              { index: true, lazy: () => import('./routes/regions-page').then((m) => ({ Component: m.RegionsPage })) },
              { path: 'samarbeid/:regionId', lazy: () => import('./routes/region-page').then((m) => ({ Component: m.RegionPage })) },
              {
                path: 'samarbeid/:regionId/maler',
                lazy: () => import('./routes/region-templates-page').then((m) => ({ Component: m.RegionTemplatesPage })),
              },
              {
                path: 'samarbeid/:regionId/arkiv',
                lazy: () => import('./routes/region-archive-page').then((m) => ({ Component: m.RegionArchivePage })),
              },
              {
                path: 'samarbeid/:regionId/barometer',
                lazy: () => import('./routes/region-barometer-page').then((m) => ({ Component: m.RegionBarometerPage })),
              },
              {
                path: 'samarbeid/:regionId/barometer/:roundId/vis',
                lazy: () => import('./routes/barometer-presentation-page').then((m) => ({ Component: m.BarometerPresentationPage })),
              },
              {
                path: 'samarbeid/:regionId/medlemmer',
                lazy: () => import('./routes/region-members-page').then((m) => ({ Component: m.RegionMembersPage })),
              },
              {
                path: 'samarbeid/:regionId/innstillinger',
                lazy: () => import('./routes/region-settings-page').then((m) => ({ Component: m.RegionSettingsPage })),
              },
              { path: 'konto', lazy: () => import('./routes/account-page').then((m) => ({ Component: m.AccountPage })) },
            ],
          },
          { path: '*', lazy: () => import('./routes/not-found-page').then((m) => ({ Component: m.NotFoundPage })) },
        ],
      },
    ],
  },
]);

import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RequireSignIn } from './layout/require-sign-in';
import { RouteError } from './layout/route-error';
import { AccountPage } from './routes/account-page';
import { BoardPage } from './routes/board-page';
import { InvitationPage } from './routes/invitation-page';
import { LoginPage } from './routes/login-page';
import { NotFoundPage } from './routes/not-found-page';
import { RegionArchivePage } from './routes/region-archive-page';
import { RegionBarometerPage } from './routes/region-barometer-page';
import { BarometerPresentationPage } from './routes/barometer-presentation-page';
import { RegionMembersPage } from './routes/region-members-page';
import { RegionPage } from './routes/region-page';
import { RegionSettingsPage } from './routes/region-settings-page';
import { RegionTemplatesPage } from './routes/region-templates-page';
import { RegionsPage } from './routes/regions-page';
import { SetupPage } from './routes/setup-page';
import { boardPath } from './routes/start-board-loading';
import { ShareLinkPage } from './routes/share-link-page';

/** Norwegian paths, since planners read and share them. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
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
              { index: true, element: <RegionsPage /> },
              { path: 'samarbeid/:regionId', element: <RegionPage /> },
              { path: 'samarbeid/:regionId/maler', element: <RegionTemplatesPage /> },
              { path: 'samarbeid/:regionId/arkiv', element: <RegionArchivePage /> },
              { path: 'samarbeid/:regionId/barometer', element: <RegionBarometerPage /> },
              { path: 'samarbeid/:regionId/barometer/:roundId/vis', element: <BarometerPresentationPage /> },
              { path: 'samarbeid/:regionId/medlemmer', element: <RegionMembersPage /> },
              { path: 'samarbeid/:regionId/innstillinger', element: <RegionSettingsPage /> },
              { path: 'konto', element: <AccountPage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

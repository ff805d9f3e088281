import { createBrowserRouter } from 'react-router';
import { AppLayout } from './layout/app-layout';
import { RouteError } from './layout/route-error';
import { BoardPage } from './routes/board-page';
import { NotFoundPage } from './routes/not-found-page';
import { RegionArchivePage } from './routes/region-archive-page';
import { RegionPage } from './routes/region-page';
import { RegionSettingsPage } from './routes/region-settings-page';
import { RegionsPage } from './routes/regions-page';

/** Norwegian paths, since planners read and share them. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <RegionsPage /> },
          { path: 'samarbeid/:regionId', element: <RegionPage /> },
          { path: 'samarbeid/:regionId/arkiv', element: <RegionArchivePage /> },
          { path: 'samarbeid/:regionId/innstillinger', element: <RegionSettingsPage /> },
          { path: 'tavler/:boardId', element: <BoardPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

import { NotFoundView } from '../layout/not-found-view';

/** Any address the app does not know. */
export function NotFoundPage() {
  return <NotFoundView />;
}

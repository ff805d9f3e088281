import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/error-state';

/** Shown when a page itself breaks; reloading is the one thing that reliably helps. */
export function RouteError() {
  const { t } = useTranslation();
  return <ErrorState headingLevel={1} message={t('errors.unknown')} onRetry={() => window.location.reload()} />;
}

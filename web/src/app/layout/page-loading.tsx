import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../components/ui/loading-state';

/** While the first page's code arrives (pages other than a board's are chunks of their own). */
export function PageLoading() {
  const { t } = useTranslation();
  return <LoadingState text={t('loading.page')} />;
}

import { ErrorState } from '../../components/ui/error-state';
import { LoadingState } from '../../components/ui/loading-state';
import { isNotFound } from '../../lib/api-error';
import { useErrorText } from '../../lib/use-error-text';
import { NotFoundView } from './not-found-view';

interface QueryFallbackProps {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  loadingText: string;
  notFoundTitle: string;
}

/**
 * What a page shows before its data is there: loading, a helpful not-found view for unknown ids,
 * or the error with "Prøv igjen". Returns null once the data has arrived.
 */
export function QueryFallback({ query, loadingText, notFoundTitle }: QueryFallbackProps) {
  const errorText = useErrorText();
  if (query.isError) {
    if (isNotFound(query.error)) return <NotFoundView title={notFoundTitle} />;
    return <ErrorState headingLevel={1} message={errorText(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (query.isPending) return <LoadingState text={loadingText} />;
  return null;
}

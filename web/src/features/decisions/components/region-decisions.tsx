import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useErrorText } from '../../../lib/use-error-text';
import { useRegionDecisions } from '../api/use-decisions';
import { DecisionEntry } from './decision-entry';
import '../decisions.css';

/** The region page's list of decisions on its boards, newest first; the toolkit path links here. */
export function RegionDecisions({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const decisions = useRegionDecisions(regionId);
  const body = () => {
    if (decisions.isPending) return <LoadingState text={t('decisions.region.loading')} />;
    if (decisions.isError) return <ErrorState headingLevel={3} message={errorText(decisions.error)} onRetry={() => void decisions.refetch()} />;
    if (decisions.data.length === 0) return <p className="empty-note">{t('decisions.region.none')}</p>;
    return (
      <ul className="decision-list">
        {decisions.data.map((decision) => (
          <DecisionEntry key={`${decision.boardId}-${decision.itemId}`} decision={decision}>
            <p className="decision-entry__meta">
              <Link to={`/tavler/${decision.board.id}`}>{t('decisions.region.board', { title: decision.board.title })}</Link>
            </p>
          </DecisionEntry>
        ))}
      </ul>
    );
  };
  return (
    <section className="section" id="vedtak" aria-labelledby="region-decisions-heading" tabIndex={-1}>
      <h2 id="region-decisions-heading">{t('decisions.region.heading')}</h2>
      <p>{t('decisions.region.intro')}</p>
      {body()}
    </section>
  );
}

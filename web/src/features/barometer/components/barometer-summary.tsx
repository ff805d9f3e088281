import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../../../shared/i18n/format-time';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useBarometerRounds } from '../api/use-barometer';
import { closedRounds } from '../lib/barometer-trend';
import { RoundResult } from './round-result';
import { TrendSection } from './trend-section';
import '../barometer.css';

interface BarometerSummaryProps {
  regionId: string;
  /** A button that starts a board from a worksheet (composed in app/, from the templates feature). */
  worksheetAction: (templateId: string) => ReactNode;
}

/**
 * The barometer on the region page: an open round (with a way to answer), the latest result with
 * the worksheets that strengthen each principle, and the trend over rounds.
 */
export function BarometerSummary({ regionId, worksheetAction }: BarometerSummaryProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const rounds = useBarometerRounds(regionId);
  const page = `/samarbeid/${regionId}/barometer`;

  const body = () => {
    if (rounds.isPending) return <LoadingState text={t('barometer.loading')} />;
    if (rounds.isError) return <ErrorState headingLevel={3} message={errorText(rounds.error)} onRetry={() => void rounds.refetch()} />;
    const open = rounds.data.find((round) => round.status === 'open');
    const closed = closedRounds(rounds.data);
    const latest = closed.at(-1);
    return (
      <>
        {open ? (
          <p className="notice notice--info">
            <strong>{open.title}</strong>: {t('barometer.rounds.open', { date: formatDate(new Date(`${open.closesOn}T12:00:00Z`), language) })}.{' '}
            {t('barometer.rounds.respondents', { count: open.respondents })}.
          </p>
        ) : null}
        {latest ? (
          <>
            <RoundResult
              round={latest}
              headingLevel={3}
              heading={t('barometer.result.latest-heading', { title: latest.title })}
              worksheetAction={worksheetAction}
            />
            <TrendSection rounds={closed} headingLevel={3} />
          </>
        ) : (
          <p className="empty-note">{t('barometer.result.none')}</p>
        )}
      </>
    );
  };

  return (
    <section className="section barometer" aria-labelledby="barometer-summary-heading">
      <h2 id="barometer-summary-heading">{t('barometer.heading')}</h2>
      <p>{t('barometer.intro')}</p>
      <p>
        <Link to={page}>{t('barometer.summary-link')}</Link>
      </p>
      {body()}
    </section>
  );
}

import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state';
import { ScrollRegion } from '../../../components/ui/scroll-region';
import { trendRows, type ClosedRound } from '../lib/barometer-trend';
import { principleKey } from '../lib/principle-keys';

// uPlot and its styles come only with a trend to draw.
const TrendChart = lazy(() => import('./trend-chart'));

interface TrendSectionProps {
  rounds: ClosedRound[];
  headingLevel: 2 | 3;
}

/**
 * The trend over the closed rounds: a line chart for those who see it, and the same numbers in a
 * table (principles by rounds) for everyone, screen readers included.
 */
export function TrendSection({ rounds, headingLevel }: TrendSectionProps) {
  const { t, i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  const rows = useMemo(() => trendRows(rounds), [rounds]);
  const number = new Intl.NumberFormat([i18n.language, 'nb'], { maximumFractionDigits: 1 });
  const titles = useMemo(() => rounds.map((round) => round.title), [rounds]);
  const lines = useMemo(() => rows.map((row) => ({ label: `${row.principle}. ${t(principleKey(row.principle, 'title'))}`, medians: row.medians })), [rows, t]);
  return (
    <section className="barometer-trend" aria-labelledby="barometer-trend-heading">
      <Heading id="barometer-trend-heading">{t('barometer.trend.heading')}</Heading>
      <p>{t('barometer.trend.intro')}</p>
      {rounds.length > 1 ? (
        <Suspense fallback={<LoadingState text={t('common.loading')} />}>
          <TrendChart roundTitles={titles} lines={lines} label={t('barometer.trend.chart-label')} />
        </Suspense>
      ) : (
        <p className="barometer-note">{t('barometer.trend.one-round')}</p>
      )}
      <ScrollRegion label={t('barometer.trend.caption')}>
        <table className="barometer-table">
          <caption>{t('barometer.trend.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('barometer.trend.principle')}</th>
              {rounds.map((round) => (
                <th scope="col" key={round.id}>
                  {round.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.principle}>
                <th scope="row">{lines[index]!.label}</th>
                {row.medians.map((median, column) => (
                  <td key={rounds[column]!.id}>{median === null ? t('barometer.trend.too-few') : number.format(median)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

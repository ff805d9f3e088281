import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/ui/button';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { ScrollRegion } from '../../../components/ui/scroll-region';
import { slideKey } from '../../../lib/slide-keys';
import { useErrorText } from '../../../lib/use-error-text';
import { useBarometerRounds } from '../api/use-barometer';
import { closedRounds, isWeak } from '../lib/barometer-trend';
import '../barometer.css';
import { principleKey, scaleKey } from '../lib/principle-keys';

/**
 * A closed round shown in a meeting: an overview of all eight principles, then one principle per
 * slide with its numbers and comments. Keys (as when presenting a board) or the buttons move; it can fill the screen.
 */
export function BarometerPresentation({ regionId, roundId }: { regionId: string; roundId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const rounds = useBarometerRounds(regionId);
  const stage = useRef<HTMLElement>(null);
  const [slide, setSlide] = useState(0);
  const navigate = useNavigate();
  const round = closedRounds(rounds.data ?? []).find((known) => known.id === roundId);
  const total = (round?.results.length ?? 0) + 1;
  const move = useCallback((step: number) => setSlide((current) => Math.min(Math.max(current + step, 0), total - 1)), [total]);

  useEffect(() => {
    // The same keys as presenting a board: arrows and Page Up/Down move, Home/End go to the
    // first/last slide, Escape ends the showing.
    const onKey = (event: KeyboardEvent) => {
      const key = slideKey(event);
      if (key === null) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select')) return;
      event.preventDefault();
      if (key !== 'stop') move(key);
      // In full screen the browser's own Escape leaves full screen first; the next one ends.
      else if (!document.fullscreenElement) void navigate(`/samarbeid/${regionId}/barometer`);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, navigate, regionId]);

  if (rounds.isPending) return <LoadingState text={t('barometer.loading')} />;
  if (rounds.isError) return <ErrorState message={errorText(rounds.error)} onRetry={() => void rounds.refetch()} />;
  if (!round) return <p className="empty-note">{t('barometer.result.none')}</p>;

  const number = new Intl.NumberFormat([i18n.language, 'nb'], { maximumFractionDigits: 1 });
  const result = slide > 0 ? round.results[slide - 1] : undefined;
  return (
    <section ref={stage} className="barometer-stage" aria-labelledby="barometer-stage-heading" aria-roledescription={t('barometer.present.button')}>
      <div className="barometer-stage__bar">
        <Link to={`/samarbeid/${regionId}/barometer`}>{t('barometer.present.exit')}</Link>
        <span aria-live="polite">{t('barometer.present.position', { number: String(slide + 1), total: String(total) })}</span>
        <Button onClick={() => move(-1)} aria-disabled={slide === 0 || undefined}>
          {t('barometer.present.previous')}
        </Button>
        <Button onClick={() => move(1)} aria-disabled={slide === total - 1 || undefined}>
          {t('barometer.present.next')}
        </Button>
        {document.fullscreenEnabled ? <Button onClick={() => void stage.current?.requestFullscreen()}>{t('barometer.present.fullscreen')}</Button> : null}
      </div>
      <h2 id="barometer-stage-heading">{t('barometer.present.heading', { title: round.title })}</h2>
      {result ? (
        <div className={isWeak(result) ? 'barometer-slide barometer-slide--weak' : 'barometer-slide'}>
          <h3>{t('barometer.answer.legend', { number: String(result.principle), title: t(principleKey(result.principle, 'title')) })}</h3>
          <p className="barometer-slide__statement">{t(principleKey(result.principle, 'statement'))}</p>
          {result.median !== null && result.distribution ? (
            <>
              <p className="barometer-slide__median">
                {t('barometer.result.median')}: <strong>{number.format(result.median)}</strong> · {t('barometer.result.answers')}: {result.answers}
              </p>
              <ol className="barometer-slide__counts">
                {result.distribution.map((count, index) => (
                  <li key={index}>
                    <span>{t(scaleKey(index + 1))}</span>
                    <span className={`barometer-slide__count barometer-bar__part--${index + 1}`} style={{ inlineSize: `${Math.max(count * 3, 1.5)}rem` }}>
                      {count}
                    </span>
                  </li>
                ))}
              </ol>
              {result.comments.length > 0 ? (
                <ul className="barometer-slide__comments">
                  {result.comments.map((comment, index) => (
                    <li key={index}>{comment}</li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : (
            <p>{t('barometer.result.too-few')}</p>
          )}
        </div>
      ) : (
        <div className="barometer-slide">
          <h3>{t('barometer.present.overview')}</h3>
          <ScrollRegion label={t('barometer.present.overview')}>
            <table className="barometer-table barometer-table--large">
              <thead>
                <tr>
                  <th scope="col">{t('barometer.trend.principle')}</th>
                  <th scope="col">{t('barometer.result.median')}</th>
                  <th scope="col">{t('barometer.result.answers')}</th>
                </tr>
              </thead>
              <tbody>
                {round.results.map((item) => (
                  <tr key={item.principle}>
                    <th scope="row">
                      {item.principle}. {t(principleKey(item.principle, 'title'))}
                      {isWeak(item) ? ` (${t('barometer.result.weak')})` : ''}
                    </th>
                    <td>{item.median === null ? t('barometer.trend.too-few') : number.format(item.median)}</td>
                    <td>{item.answers}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      )}
    </section>
  );
}

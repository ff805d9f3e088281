import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { worksheetsForPrinciple, type PrincipleNumber } from '../../../../../shared/barometer/principles';
import type { BarometerPrincipleResult } from '../../../../../shared/schemas/barometer';
import { isWeak, type ClosedRound } from '../lib/barometer-trend';
import { principleKey } from '../lib/principle-keys';

interface RoundResultProps {
  round: ClosedRound;
  heading: string;
  headingLevel: 2 | 3;
  /** What to offer for a worksheet that strengthens a principle (a button that starts a board from it). */
  worksheetAction: (templateId: string) => ReactNode;
}

/**
 * A closed round's result, principle by principle: median, number of answers, the spread over 1–5,
 * the comments (no names), and the worksheets that strengthen it; weak principles are marked.
 */
export function RoundResult({ round, heading, headingLevel, worksheetAction }: RoundResultProps) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="barometer-result" data-round={round.id} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{heading}</Heading>
      <p className="barometer-note">{t('barometer.rounds.respondents', { count: round.respondents })}</p>
      <ol className="barometer-principles">
        {round.results.map((result) => (
          <PrincipleResult key={result.principle} result={result} headingLevel={headingLevel === 2 ? 3 : 4} worksheetAction={worksheetAction} />
        ))}
      </ol>
    </section>
  );
}

function PrincipleResult({
  result,
  headingLevel,
  worksheetAction,
}: {
  result: BarometerPrincipleResult;
  headingLevel: 3 | 4;
  worksheetAction: (templateId: string) => ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  const weak = isWeak(result);
  const number = new Intl.NumberFormat([i18n.language, 'nb'], { maximumFractionDigits: 1 });
  const worksheets = worksheetsForPrinciple[result.principle as PrincipleNumber] ?? [];
  const distribution = result.distribution;
  return (
    <li className={weak ? 'barometer-principle barometer-principle--weak' : 'barometer-principle'} aria-labelledby={`${id}-title`}>
      <Heading className="barometer-principle__title" id={`${id}-title`}>
        {t('barometer.principle-number', { number: String(result.principle) })}: {t(principleKey(result.principle, 'title'))}
        {weak ? <span className="barometer-principle__weak"> {t('barometer.result.weak')}</span> : null}
      </Heading>
      <p className="barometer-principle__statement">{t(principleKey(result.principle, 'statement'))}</p>
      {distribution && result.median !== null ? (
        <>
          <dl className="barometer-principle__numbers">
            <div>
              <dt>{t('barometer.result.median')}</dt>
              <dd>{number.format(result.median)}</dd>
            </div>
            <div>
              <dt>{t('barometer.result.answers')}</dt>
              <dd>{result.answers}</dd>
            </div>
            <div>
              <dt>{t('barometer.result.distribution')}</dt>
              <dd>
                {t('barometer.result.distribution-text', {
                  one: String(distribution[0]),
                  two: String(distribution[1]),
                  three: String(distribution[2]),
                  four: String(distribution[3]),
                  five: String(distribution[4]),
                })}
              </dd>
            </div>
          </dl>
          <div className="barometer-bar" aria-hidden="true">
            {distribution.map((count, index) =>
              count > 0 ? (
                <span key={index} className={`barometer-bar__part barometer-bar__part--${index + 1}`} style={{ flexGrow: count }}>
                  {index + 1}
                </span>
              ) : null,
            )}
          </div>
          {result.comments.length > 0 ? (
            <div className="barometer-principle__comments">
              <p id={`${id}-comments`} className="barometer-principle__label">
                {t('barometer.result.comments')}
              </p>
              <ul aria-labelledby={`${id}-comments`}>
                {result.comments.map((comment, index) => (
                  <li key={index}>{comment}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p className="barometer-note">{t('barometer.result.too-few')}</p>
      )}
      {worksheets.length > 0 ? (
        <div className="barometer-principle__worksheets">
          <p id={`${id}-worksheets`} className="barometer-principle__label">
            {t('barometer.result.worksheets')}
          </p>
          <ul aria-labelledby={`${id}-worksheets`} className="barometer-principle__actions">
            {worksheets.map((templateId) => (
              <li key={templateId}>{worksheetAction(templateId)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}

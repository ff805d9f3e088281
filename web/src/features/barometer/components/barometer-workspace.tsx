import { Button } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../../../../shared/schemas/role';
import { ErrorState } from '../../../components/ui/error-state';
import { LoadingState } from '../../../components/ui/loading-state';
import { useErrorText } from '../../../lib/use-error-text';
import { useBarometerRounds } from '../api/use-barometer';
import { closedRounds } from '../lib/barometer-trend';
import { AnswerForm } from './answer-form';
import { ExportButtons } from './export-buttons';
import { OpenRoundForm } from './open-round-form';
import { RoundList } from './round-list';
import { RoundResult } from './round-result';
import { TrendSection } from './trend-section';
import '../barometer.css';

interface BarometerWorkspaceProps {
  regionId: string;
  regionName: string;
  role: Role | null;
  worksheetAction: (templateId: string) => ReactNode;
}

/**
 * The barometer's own page: answer the open round (members), open and close rounds (coordinators),
 * and every closed round's result with the trend, to present in a meeting or export.
 */
export function BarometerWorkspace({ regionId, regionName, role, worksheetAction }: BarometerWorkspaceProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const rounds = useBarometerRounds(regionId);
  const [chosen, setChosen] = useState<string | null>(null);
  if (rounds.isPending) return <LoadingState text={t('barometer.loading')} />;
  if (rounds.isError) return <ErrorState message={errorText(rounds.error)} onRetry={() => void rounds.refetch()} />;

  const canManage = role === 'koordinator';
  const canAnswer = role === 'koordinator' || role === 'medlem';
  const open = rounds.data.find((round) => round.status === 'open');
  const closed = closedRounds(rounds.data);
  const shown = closed.find((round) => round.id === chosen) ?? closed.at(-1);

  return (
    <div className="barometer">
      <p>{t('barometer.intro')}</p>
      {open && canAnswer ? <AnswerForm regionId={regionId} round={open} /> : null}
      {open && !canAnswer ? <p className="notice notice--info">{t('barometer.answer.observer')}</p> : null}
      <RoundList regionId={regionId} rounds={rounds.data} canManage={canManage} />
      {canManage && !open ? <OpenRoundForm regionId={regionId} /> : null}
      {shown ? (
        <>
          {closed.length > 1 ? (
            <div className="field">
              <label className="field__label" htmlFor="barometer-round-choice">
                {t('barometer.rounds.choose')}
              </label>
              <select
                id="barometer-round-choice"
                className="field__input field__input--short"
                value={shown.id}
                onChange={(event) => setChosen(event.target.value)}
              >
                {closed.map((round) => (
                  <option key={round.id} value={round.id}>
                    {round.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="barometer-actions">
            <Button asChild variant="primary">
              <Link to={`/samarbeid/${regionId}/barometer/${shown.id}/vis`}>{t('barometer.present.button')}</Link>
            </Button>
            <ExportButtons regionName={regionName} round={shown} rounds={closed} />
          </div>
          <RoundResult round={shown} headingLevel={2} heading={t('barometer.result.heading', { title: shown.title })} worksheetAction={worksheetAction} />
          <TrendSection rounds={closed} headingLevel={2} />
        </>
      ) : (
        <p className="empty-note">{t('barometer.result.none')}</p>
      )}
    </div>
  );
}

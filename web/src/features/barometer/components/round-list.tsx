import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../../shared/i18n/format-time';
import type { BarometerRound } from '../../../../../shared/schemas/barometer';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { focusWhenShown } from '../../../lib/focus-when-shown';
import { useErrorText } from '../../../lib/use-error-text';
import { useCloseBarometerRound } from '../api/use-barometer';

interface RoundListProps {
  regionId: string;
  rounds: BarometerRound[];
  /** Coordinators may close an open round before its day. */
  canManage: boolean;
}

/** Every round, newest first: open until when, or closed; how many have answered. */
export function RoundList({ regionId, rounds, canManage }: RoundListProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const toast = useToast();
  const errorText = useErrorText();
  const close = useCloseBarometerRound(regionId);
  const [closing, setClosing] = useState<BarometerRound | null>(null);
  return (
    <section aria-labelledby="barometer-rounds-heading">
      <h2 id="barometer-rounds-heading">{t('barometer.rounds.heading')}</h2>
      {rounds.length === 0 ? (
        <p className="empty-note">{t(canManage ? 'barometer.rounds.none-coordinator' : 'barometer.rounds.none')}</p>
      ) : (
        <ul className="row-list">
          {[...rounds].reverse().map((round) => (
            <li className="row" key={round.id}>
              <div>
                <p className="row__title">{round.title}</p>
                <p className="row__meta">
                  <span className={`badge ${round.status === 'open' ? 'badge--active' : 'badge--used'}`}>
                    {round.status === 'open'
                      ? t('barometer.rounds.open', { date: formatDate(new Date(`${round.closesOn}T12:00:00Z`), language) })
                      : t('barometer.rounds.closed')}
                  </span>{' '}
                  {t('barometer.rounds.respondents', { count: round.respondents })}
                </p>
              </div>
              {canManage && round.status === 'open' ? (
                <div className="row__actions">
                  <Button onClick={() => setClosing(round)}>
                    {t('barometer.rounds.close')}
                    <span className="visually-hidden"> {round.title}</span>
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={closing !== null}
        title={t('barometer.rounds.close-confirm-title')}
        text={t('barometer.rounds.close-confirm-body')}
        confirmLabel={closing ? t('barometer.rounds.close-named', { title: closing.title }) : t('barometer.rounds.close')}
        cancelLabel={t('common.cancel')}
        pending={close.isPending}
        error={close.error ? errorText(close.error) : null}
        onClose={() => {
          close.reset();
          setClosing(null);
        }}
        onConfirm={() => {
          if (!closing) return;
          close.mutate(closing.id, {
            onSuccess: (round) => {
              toast.show({ message: t('barometer.rounds.closed-toast', { title: round.title }) });
              setClosing(null);
              // The close button goes away; the round's result, now shown, is what to read next.
              focusWhenShown(`.barometer-result[data-round="${round.id}"] h2`);
            },
          });
        }}
      />
    </section>
  );
}

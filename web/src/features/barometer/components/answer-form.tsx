import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { principleNumbers, scoreValues } from '../../../../../shared/barometer/principles';
import { formatDate } from '../../../../../shared/i18n/format-time';
import { barometerLimits, type BarometerAnswer, type BarometerRound } from '../../../../../shared/schemas/barometer';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { LoadingState } from '../../../components/ui/loading-state';
import { useToast } from '../../../components/ui/toast-provider';
import { useLanguage } from '../../../lib/language-provider';
import { useErrorText } from '../../../lib/use-error-text';
import { useMyBarometerAnswers, useSubmitBarometerAnswers } from '../api/use-barometer';
import { principleKey, scaleKey } from '../lib/principle-keys';

interface AnswerFormProps {
  regionId: string;
  round: BarometerRound;
}

/** The member's answer to an open round: loads what they gave before, so they can change it. */
export function AnswerForm({ regionId, round }: AnswerFormProps) {
  const { t } = useTranslation();
  const mine = useMyBarometerAnswers(regionId, round.id, true);
  if (mine.isPending) return <LoadingState text={t('barometer.loading')} />;
  // The fields start from what was loaded first (a failed load starts empty: saving replaces
  // whatever was stored anyway) and are not reset when a save brings the same answers back.
  return <AnswerFields key={round.id} regionId={regionId} round={round} stored={mine.data ?? []} answered={(mine.data?.length ?? 0) > 0} />;
}

type Draft = Record<number, { score: number; comment: string }>;

function AnswerFields({ regionId, round, stored, answered }: AnswerFormProps & { stored: BarometerAnswer[]; answered: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const toast = useToast();
  const errorText = useErrorText();
  const submit = useSubmitBarometerAnswers(regionId, round.id);
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      principleNumbers.map((n) => {
        const answer = stored.find((known) => known.principle === n);
        return [n, { score: answer?.score ?? 0, comment: answer?.comment ?? '' }];
      }),
    ),
  );
  const closes = formatDate(new Date(`${round.closesOn}T12:00:00Z`), language);
  const set = (principle: number, change: Partial<Draft[number]>) =>
    setDraft((current) => ({ ...current, [principle]: { ...current[principle]!, ...change } }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const answers = principleNumbers
      .filter((n) => draft[n]!.score > 0)
      .map((n) => ({ principle: n, score: draft[n]!.score, ...(draft[n]!.comment.trim() ? { comment: draft[n]!.comment.trim() } : {}) }));
    if (answers.length === 0) {
      setProblem(t('barometer.answer.nothing-chosen'));
      // The first principle's choice is where to fix it (the message is read out as an alert).
      formRef.current?.querySelector<HTMLElement>('input[type="radio"]:checked, input[type="radio"]')?.focus();
      return;
    }
    setProblem(null);
    submit.mutate(answers, {
      onSuccess: () => toast.show({ message: t('barometer.answer.saved') }),
      onError: (error) => setProblem(errorText(error)),
    });
  };

  return (
    <form ref={formRef} className="barometer-answer" data-round={round.id} onSubmit={onSubmit} aria-labelledby={`${id}-heading`} noValidate>
      <h2 id={`${id}-heading`}>{t('barometer.answer.heading', { title: round.title })}</h2>
      <p>{t('barometer.answer.intro', { date: closes })}</p>
      {answered ? <p className="notice notice--info">{t('barometer.answer.saved-note')}</p> : null}
      {principleNumbers.map((n) => {
        const title = t(principleKey(n, 'title'));
        return (
          <fieldset key={n} className="field radio-group barometer-answer__principle" aria-describedby={`${id}-${n}-statement`}>
            <legend className="field__label">{t('barometer.answer.legend', { number: String(n), title })}</legend>
            <p id={`${id}-${n}-statement`} className="field__hint">
              {t(principleKey(n, 'statement'))}
            </p>
            <div className="barometer-answer__scale">
              {[0, ...scoreValues].map((score) => (
                <div className="radio" key={score}>
                  <input
                    type="radio"
                    id={`${id}-${n}-${score}`}
                    name={`principle-${n}`}
                    value={score}
                    checked={draft[n]!.score === score}
                    onChange={() => set(n, { score })}
                  />
                  <label htmlFor={`${id}-${n}-${score}`}>{t(scaleKey(score))}</label>
                </div>
              ))}
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-${n}-comment`}>
                {t('barometer.answer.comment-label', { title })}
                <span className="field__optional"> {t('common.optional')}</span>
              </label>
              <textarea
                id={`${id}-${n}-comment`}
                className="field__input"
                rows={2}
                maxLength={barometerLimits.comment}
                value={draft[n]!.comment}
                onChange={(event) => set(n, { comment: event.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
      <FormError message={problem} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={submit.isPending || undefined}>
          {submit.isPending ? t('common.saving') : t('barometer.answer.submit')}
        </Button>
      </div>
    </form>
  );
}

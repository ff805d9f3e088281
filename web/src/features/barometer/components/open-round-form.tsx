import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { norwegianDay } from '../../../../../shared/barometer/round-status';
import { barometerLimits } from '../../../../../shared/schemas/barometer';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { ApiRequestError } from '../../../lib/api-error';
import { useErrorText } from '../../../lib/use-error-text';
import { useOpenBarometerRound } from '../api/use-barometer';

/** Two weeks from today, the closing day offered first. */
function inTwoWeeks(): string {
  return norwegianDay(new Date(Date.now() + 14 * 24 * 60 * 60 * 1000));
}

/** A coordinator opens a round: a name and the last day to answer. */
export function OpenRoundForm({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const open = useOpenBarometerRound(regionId);
  const [title, setTitle] = useState('');
  const [closesOn, setClosesOn] = useState(inTwoWeeks);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (open.isPending) return;
    setProblem(null);
    setFieldErrors({});
    open.mutate(
      { title: title.trim(), closesOn },
      {
        onSuccess: (round) => {
          toast.show({ message: t('barometer.open-round.opened', { title: round.title }) });
          setTitle('');
        },
        onError: (error) => {
          const fields = error instanceof ApiRequestError ? (error.fields ?? []) : [];
          if (fields.length > 0) setFieldErrors(Object.fromEntries(fields.map((field) => [field.path, field.message])));
          setProblem(errorText(error));
        },
      },
    );
  };

  return (
    <form className="barometer-open" onSubmit={onSubmit} aria-labelledby="barometer-open-heading" noValidate>
      <h2 id="barometer-open-heading">{t('barometer.open-round.heading')}</h2>
      <TextField
        label={t('barometer.open-round.title-label')}
        hint={t('barometer.open-round.title-hint')}
        name="title"
        maxLength={barometerLimits.roundTitle}
        value={title}
        required
        error={fieldErrors.title}
        onChange={(event) => setTitle(event.target.value)}
      />
      <TextField
        label={t('barometer.open-round.closes-label')}
        name="closesOn"
        type="date"
        width="short"
        value={closesOn}
        min={norwegianDay(new Date())}
        required
        error={fieldErrors.closesOn}
        onChange={(event) => setClosesOn(event.target.value)}
      />
      <FormError message={problem} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={open.isPending || undefined}>
          {t('barometer.open-round.submit')}
        </Button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { norwegianDay } from '../../../../../shared/barometer/round-status';
import { barometerLimits } from '../../../../../shared/schemas/barometer';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast-provider';
import { ApiRequestError } from '../../../lib/api-error';
import { focusWhenShown } from '../../../lib/focus-when-shown';
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
  const formRef = useRef<HTMLFormElement>(null);

  // Like the app's other forms: the first field that needs fixing takes focus.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

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
          // This form goes away with its button; the new round's answer form takes the reader on.
          focusWhenShown(`[data-round="${round.id}"] h2`);
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
    <form ref={formRef} className="barometer-open" onSubmit={onSubmit} aria-labelledby="barometer-open-heading" noValidate>
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

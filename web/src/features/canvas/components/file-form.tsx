import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { FormError } from '../../../components/ui/form-error';
import { useErrorText } from '../../../lib/use-error-text';

interface FileFormProps {
  label: string;
  hint: string;
  accept: string;
  submitLabel: string;
  workingLabel: string;
  onSubmit: (file: File) => Promise<void>;
  onCancel: () => void;
  children?: ReactNode;
}

/** A form with one file field: says what to pick, refuses an empty submit, shows the API's answer. */
export function FileForm({ label, hint, accept, submitLabel, workingLabel, onSubmit, onCancel, children }: FileFormProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (working) return;
        const file = input.current?.files?.[0];
        setError(null);
        if (!file) {
          setFieldError(t('canvas.import.choose-file'));
          input.current?.focus();
          return;
        }
        setFieldError(null);
        setWorking(true);
        onSubmit(file)
          .catch((failure: unknown) => setError(errorText(failure)))
          .finally(() => setWorking(false));
      }}
    >
      {children}
      <div className={fieldError ? 'field field--invalid' : 'field'}>
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
        {fieldError ? (
          <p id={`${id}-error`} className="field__error">
            <span className="visually-hidden">{t('forms.error-prefix')} </span>
            {fieldError}
          </p>
        ) : null}
        <input
          ref={input}
          id={id}
          type="file"
          accept={accept}
          className="field__input"
          aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={fieldError ? true : undefined}
        />
      </div>
      <FormError message={error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={working}>
          {working ? workingLabel : submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}

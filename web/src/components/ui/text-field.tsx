import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldBase {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** "short" for things like a four-digit number. */
  width?: 'short' | 'full';
}

type TextFieldProps = FieldBase &
  (
    | ({ multiline?: false } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>)
  );

/** A labelled text input (or textarea) with an optional hint and an error tied to it for screen readers. */
export function TextField({ label, name, hint, error, optional, width = 'full', ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    name,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    className: width === 'short' ? 'field__input field__input--short' : 'field__input',
  } as const;

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {optional ? <span className="field__optional"> {t('common.optional')}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">{t('forms.error-prefix')} </span>
          {error}
        </p>
      ) : null}
      {inputProps.multiline ? (
        <textarea {...withoutMultiline(inputProps)} {...shared} rows={inputProps.rows ?? 4} />
      ) : (
        <input type="text" {...withoutMultiline(inputProps)} {...shared} />
      )}
    </div>
  );
}

function withoutMultiline<T extends { multiline?: boolean }>(props: T): Omit<T, 'multiline'> {
  const { multiline: _multiline, ...rest } = props;
  return rest;
}

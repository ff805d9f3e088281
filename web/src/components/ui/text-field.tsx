import { Field, Input, Label, Textarea, ValidationMessage, type InputProps } from '@digdir/designsystemet-react';
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
    | ({ multiline?: false; type?: InputProps['type'] } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'size' | 'type'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>)
  );

/**
 * A labelled text input (or textarea) on Designsystemet's field: the field ties the hint and the
 * error to the input for screen readers (aria-describedby) and the error is read with a "Feil:" prefix.
 */
export function TextField({ label, name, hint, error, optional, width = 'full', className, ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const shared = { id, name, 'aria-invalid': error ? true : undefined } as const;

  return (
    <Field className={['field', width === 'short' ? 'field--short' : null, className].filter(Boolean).join(' ')}>
      <Label htmlFor={id}>
        {label}
        {optional ? <span className="field__optional"> {t('common.optional')}</span> : null}
      </Label>
      {hint ? <Field.Description>{hint}</Field.Description> : null}
      {inputProps.multiline ? (
        <Textarea {...withoutMultiline(inputProps)} {...shared} rows={inputProps.rows ?? 4} />
      ) : (
        <Input type="text" {...withoutMultiline(inputProps)} {...shared} />
      )}
      {error ? (
        <ValidationMessage>
          <span className="ds-sr-only">{t('forms.error-prefix')} </span>
          {error}
        </ValidationMessage>
      ) : null}
    </Field>
  );
}

function withoutMultiline<T extends { multiline?: boolean }>(props: T): Omit<T, 'multiline'> {
  const { multiline: _multiline, ...rest } = props;
  return rest;
}

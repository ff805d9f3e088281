import { Field, Input, Label, Textarea, ValidationMessage, type InputProps } from '@digdir/designsystemet-react';
import { useId, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { usePasteCut } from '../../lib/use-paste-cut';

interface FieldBase {
  label: string;
  name: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  /** "short" for things like a four-digit number. */
  width?: 'short' | 'full';
  /** Shows how many of `maxLength` characters are left as the person types (names and titles). */
  counter?: boolean;
}

type TextFieldProps = FieldBase &
  (
    | ({ multiline?: false; type?: InputProps['type'] } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'size' | 'type' | 'onPaste' | 'onInput'>)
    | ({ multiline: true } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'onPaste' | 'onInput'>)
  );

/**
 * A labelled text input (or textarea) on Designsystemet's field: the field ties the hint and the
 * error to the input for screen readers (aria-describedby) and the error is read with a "Feil:" prefix.
 * A field with a `maxLength` says so when a paste was cut to it (the browser cuts silently), and
 * with `counter` shows the characters left (Designsystemet's counter).
 */
export function TextField({ label, name, hint, error, optional, width = 'full', className, counter, ...inputProps }: TextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const maxLength = inputProps.maxLength;
  const pasteCut = usePasteCut(maxLength);
  // onPaste and onInput are the field's own (its props leave them out): they notice a cut paste.
  const shared = { id, name, 'aria-invalid': error ? true : undefined, onPaste: pasteCut.onPaste, onInput: pasteCut.onInput } as const;

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
      {/* Not beside an error: Designsystemet's counter sets aria-invalid from the count alone. */}
      {counter && maxLength !== undefined && !error ? (
        <Field.Counter limit={maxLength} under={t('forms.counter-left', { max: String(maxLength) })} over={t('forms.counter-over')} />
      ) : null}
      {/* Always there, so the message is read out when it comes. */}
      <div role="status" className="field__status">
        {pasteCut.cut ? <ValidationMessage data-color="warning">{t('forms.pasted-cut', { max: String(maxLength) })}</ValidationMessage> : null}
      </div>
    </Field>
  );
}

function withoutMultiline<T extends { multiline?: boolean }>(props: T): Omit<T, 'multiline'> {
  const { multiline: _multiline, ...rest } = props;
  return rest;
}

import type { FormEvent, FormHTMLAttributes, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import { FormError } from './form-error';

/** What `useSchemaForm(schema)` gives, of which the form needs this much. */
interface SchemaFormState<Input> {
  formRef: RefObject<HTMLFormElement | null>;
  formError: string | null;
  parse: (event: FormEvent<HTMLFormElement>) => Input | null;
}

interface SchemaFormProps<Input> extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /** The form's validation state, from `useSchemaForm(schema)`. */
  form: SchemaFormState<Input>;
  /** While the request is under way: the submit button says so and a second submit is ignored. */
  pending: boolean;
  submitLabel: string;
  /** Shown on the submit button while pending; "Lagrer …" unless told. */
  pendingLabel?: string;
  /** Called with the parsed input once every field is valid. */
  onValid: (input: Input, formElement: HTMLFormElement) => void;
  /** Shows "Avbryt" beside the submit button (dialogs). */
  onCancel?: () => void;
  children: ReactNode;
}

/**
 * A form validated by a shared zod schema: fields (children), the message about the whole form,
 * and the submit (and cancel) buttons. What the submit does stays with the caller.
 */
export function SchemaForm<Input>({ form, pending, submitLabel, pendingLabel, onValid, onCancel, children, ...formAttributes }: SchemaFormProps<Input>) {
  const { t } = useTranslation();
  return (
    <form
      {...formAttributes}
      ref={form.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (pending) return;
        const formElement = event.currentTarget;
        const input = form.parse(event);
        if (input) onValid(input, formElement);
      }}
    >
      {children}
      <FormError message={form.formError} />
      <div className="form-actions">
        <Button type="submit" variant="primary" aria-disabled={pending}>
          {pending ? (pendingLabel ?? t('common.saving')) : submitLabel}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
      </div>
    </form>
  );
}

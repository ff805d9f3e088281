import type { z } from 'zod';
import { useSchemaForm } from '../../lib/use-schema-form';
import { Dialog } from './dialog';
import { SchemaForm } from './schema-form';
import { TextField } from './text-field';

/** What the caller does with a valid answer: `done` closes the dialog, `fail` shows the error in it. */
export interface SingleFieldAnswer {
  done: () => void;
  fail: (error: unknown) => void;
}

interface SingleFieldDialogProps<Schema extends z.ZodType> {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: string;
  /** The shared schema of the request; the field is validated by it, like every form. */
  schema: Schema;
  /** The field's name in the schema. */
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string;
  maxLength: number;
  /** Selects the text when the field gets focus, so typing replaces it (renaming). */
  selectOnFocus?: boolean;
  submitLabel: string;
  /** While the request is under way. */
  pending: boolean;
  onValid: (input: z.output<Schema>, answer: SingleFieldAnswer) => void;
}

/**
 * A dialog that asks for one text (a new name, a version's name): the field, its errors and the
 * submit and cancel buttons. The form is made anew each time the dialog opens.
 */
export function SingleFieldDialog<Schema extends z.ZodType>({ open, onClose, title, description, ...field }: SingleFieldDialogProps<Schema>) {
  return (
    <Dialog open={open} onClose={onClose} title={title} description={description}>
      <SingleFieldForm {...field} onClose={onClose} />
    </Dialog>
  );
}

function SingleFieldForm<Schema extends z.ZodType>({
  schema,
  name,
  label,
  hint,
  defaultValue,
  maxLength,
  selectOnFocus,
  submitLabel,
  pending,
  onValid,
  onClose,
}: Omit<SingleFieldDialogProps<Schema>, 'open' | 'title' | 'description'>) {
  const form = useSchemaForm(schema);
  return (
    <SchemaForm
      form={form}
      pending={pending}
      submitLabel={submitLabel}
      onCancel={onClose}
      onValid={(input) => onValid(input, { done: onClose, fail: form.fail })}
    >
      <TextField
        name={name}
        label={label}
        hint={hint}
        defaultValue={defaultValue}
        error={form.fieldErrors[name]}
        maxLength={maxLength}
        counter
        autoComplete="off"
        autoFocus
        onFocus={selectOnFocus ? (event) => event.currentTarget.select() : undefined}
      />
    </SchemaForm>
  );
}

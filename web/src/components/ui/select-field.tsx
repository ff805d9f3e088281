import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, type SelectHTMLAttributes } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'> {
  label: string;
  name: string;
  options: readonly SelectOption[];
  hint?: string;
}

/** A labelled drop-down list (Designsystemet's select) with an optional hint tied to it for screen readers. */
export function SelectField({ label, name, options, hint, className, ...selectProps }: SelectFieldProps) {
  const id = useId();
  return (
    <Field className={['field', className].filter(Boolean).join(' ')}>
      <Label htmlFor={id}>{label}</Label>
      {hint ? <Field.Description>{hint}</Field.Description> : null}
      <Select {...selectProps} id={id} name={name} className="field__select">
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

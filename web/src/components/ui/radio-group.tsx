import { useId } from 'react';

export interface RadioOption<Value extends string> {
  value: Value;
  label: string;
  hint?: string;
  /** Language of the label when it differs from the page's (e.g. "Nynorsk" on a bokmål page). */
  lang?: string;
}

interface RadioGroupProps<Value extends string> {
  legend: string;
  name: string;
  options: readonly RadioOption<Value>[];
  defaultValue: Value;
  hint?: string;
  error?: string;
}

/** A fieldset of radio buttons; the legend names the group for screen readers. */
export function RadioGroup<Value extends string>({ legend, name, options, defaultValue, hint, error }: RadioGroupProps<Value>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className="field radio-group" aria-describedby={describedBy}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <div className="radio" key={option.value}>
          <input
            type="radio"
            id={`${id}-${option.value}`}
            name={name}
            value={option.value}
            defaultChecked={option.value === defaultValue}
            aria-describedby={option.hint ? `${id}-${option.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${option.value}`} lang={option.lang}>
            {option.label}
          </label>
          {option.hint ? (
            <p id={`${id}-${option.value}-hint`} className="radio__hint">
              {option.hint}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

import { Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

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
  /** The option chosen at first, for a group the form reads when it is sent. */
  defaultValue?: Value;
  /** The option chosen now, for a group whose choice changes the form as it is made (with `onChange`). */
  value?: Value;
  onChange?: (value: Value) => void;
  hint?: string;
  error?: string;
  className?: string;
}

/**
 * Designsystemet's fieldset of radio buttons: the legend (and hint) name the group for screen
 * readers, and each option's hint is tied to its radio.
 */
export function RadioGroup<Value extends string>({ legend, name, options, defaultValue, value, onChange, hint, error, className }: RadioGroupProps<Value>) {
  const { t } = useTranslation();
  return (
    <Fieldset className={['field', 'radio-group', className].filter(Boolean).join(' ')}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {hint ? <Fieldset.Description>{hint}</Fieldset.Description> : null}
      {options.map((option) => (
        <Radio
          key={option.value}
          name={name}
          value={option.value}
          {...(value === undefined ? { defaultChecked: option.value === defaultValue } : { checked: option.value === value })}
          onChange={onChange ? () => onChange(option.value) : undefined}
          label={<span lang={option.lang}>{option.label}</span>}
          description={option.hint}
          aria-invalid={error ? true : undefined}
        />
      ))}
      {error ? (
        <ValidationMessage>
          <span className="ds-sr-only">{t('forms.error-prefix')} </span>
          {error}
        </ValidationMessage>
      ) : null}
    </Fieldset>
  );
}

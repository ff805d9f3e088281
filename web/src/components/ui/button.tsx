import { Button as DsButton } from '@digdir/designsystemet-react';
import { useCallback, useContext, type ButtonHTMLAttributes, type Ref } from 'react';
import { InDialogContext } from './in-dialog-context';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * Designsystemet's button. `quiet` is its tertiary button; `danger` is a secondary button in the
 * danger colour, filled (primary) inside a dialog where it is the action being confirmed.
 * `type="button"` unless told otherwise, so it never submits a form by accident.
 */
export function Button({ variant = 'secondary', type = 'button', ref, ...props }: ButtonProps) {
  const inDialog = useContext(InDialogContext);
  const dsVariant = variant === 'quiet' ? 'tertiary' : variant === 'danger' ? (inDialog ? 'primary' : 'secondary') : variant;
  const { autoFocus } = props;
  // React focuses an autoFocus button itself but leaves the attribute out; a modal <dialog> opened
  // just after moves focus to its first focusable element unless one carries the attribute.
  const withAutofocus = useCallback(
    (element: HTMLButtonElement | null) => {
      element?.toggleAttribute('autofocus', Boolean(autoFocus));
      if (typeof ref === 'function') return ref(element);
      if (ref) ref.current = element;
    },
    [autoFocus, ref],
  );
  return <DsButton type={type} variant={dsVariant} data-color={variant === 'danger' ? 'danger' : 'accent'} ref={withAutofocus} {...props} />;
}

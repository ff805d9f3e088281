import { Button as DsButton } from '@digdir/designsystemet-react';
import { useContext, type ButtonHTMLAttributes, type Ref } from 'react';
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
export function Button({ variant = 'secondary', type = 'button', ...props }: ButtonProps) {
  const inDialog = useContext(InDialogContext);
  const dsVariant = variant === 'quiet' ? 'tertiary' : variant === 'danger' ? (inDialog ? 'primary' : 'secondary') : variant;
  return <DsButton type={type} variant={dsVariant} data-color={variant === 'danger' ? 'danger' : 'accent'} {...props} />;
}

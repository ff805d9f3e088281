import { Alert } from '@digdir/designsystemet-react';

/**
 * A message about the whole form (e.g. the server could not be reached), read out at once. The
 * Designsystemet alert is itself the live region, so it is there, empty and unseen, from the start.
 */
export function FormError({ message }: { message: string | null }) {
  return (
    <Alert role="alert" data-color="danger" className="form-error">
      {message}
    </Alert>
  );
}

import { Alert } from '@digdir/designsystemet-react';

/**
 * A message about the whole form (e.g. the server could not be reached), read out at once: the
 * live region is there from the start, the Designsystemet alert inside it only while there is a message.
 */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert">
      {message ? (
        <Alert data-color="danger" className="form-error">
          {message}
        </Alert>
      ) : null}
    </div>
  );
}

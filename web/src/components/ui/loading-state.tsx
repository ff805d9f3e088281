import { Spinner } from '@digdir/designsystemet-react';

/** Says in words that something is loading; Designsystemet's spinner is decoration only. */
export function LoadingState({ text }: { text: string }) {
  return (
    <div className="loading-state" role="status">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{text}</span>
    </div>
  );
}

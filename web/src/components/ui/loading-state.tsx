/** Says in words that something is loading; the spinner is decoration only. */
export function LoadingState({ text }: { text: string }) {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{text}</span>
    </div>
  );
}

import { Button as DsButton } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A notice floating over the board, which the reader can put away once read. `compact` puts a
 * short notice (a heading and a sentence) on one slim line at the bottom left, so it covers little
 * of the board; `fitAround` (with `compact`) has the canvas open with its content clear of it
 * (features/canvas/lib/fit-to-free-area.ts), for a notice that is there as the board opens. It is
 * put away with a × at its right, named "Skjul meldingen", like a toast: a word there took a third of
 * a small screen's notice, and a line more of its height.
 */
export function DismissibleNotice({
  children,
  compact = false,
  fitAround = false,
}: {
  /** The notice; a function gets the hide button to place inside a notice that draws its own box. */
  children: ReactNode | ((hideButton: ReactNode) => ReactNode);
  compact?: boolean;
  fitAround?: boolean;
}) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState(false);
  if (hidden) return null;
  const hideButton = (
    <DsButton
      icon
      variant="tertiary"
      data-color="neutral"
      data-size="sm"
      className="board-page__notice-hide"
      aria-label={t('workspace.notice.hide')}
      onClick={() => setHidden(true)}
    >
      <span aria-hidden="true">×</span>
    </DsButton>
  );
  return (
    <div className={compact ? 'board-page__notice board-page__notice--compact' : 'board-page__notice'} data-workspace-overlay={fitAround ? 'notice' : ''}>
      {typeof children === 'function' ? (
        children(hideButton)
      ) : (
        <>
          {children}
          {hideButton}
        </>
      )}
    </div>
  );
}

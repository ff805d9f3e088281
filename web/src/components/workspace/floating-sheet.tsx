import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FloatingSheetProps {
  /** The sheet's heading, also its accessible name. */
  title: string;
  /** Which edge of the board it is docked to. */
  side: 'left' | 'right';
  onClose?: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A panel docked over the board (history, meeting panels, the diagram's selection): it never pushes
 * the board aside or makes the page scroll; it scrolls inside itself, and closes with its button.
 */
export function FloatingSheet({ title, side, onClose, children, className, testId }: FloatingSheetProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section
      className={['floating-sheet', `floating-sheet--${side}`, className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-title`}
      data-workspace-overlay=""
      data-testid={testId}
    >
      <header className="floating-sheet__header">
        <h2 id={`${id}-title`} className="floating-sheet__title">
          {title}
        </h2>
        {onClose ? (
          <button type="button" className="button button--quiet floating-sheet__close" onClick={onClose}>
            {t('workspace.panel.close')}
          </button>
        ) : null}
      </header>
      <div className="floating-sheet__body">{children}</div>
    </section>
  );
}

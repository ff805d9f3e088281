import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { Presenter, Slide } from '../hooks/use-presenter';

interface PresentationBarProps {
  presenter: Presenter<Slide>;
  /** The element shown full screen; the bar and the announcements live inside it so they stay visible. */
  stage: HTMLElement | null;
}

/**
 * The presenter's controls over the board while presenting: previous, "2 av 3", next, and end.
 * The sentence for screen readers is always in the page (a live region is only read when it
 * changes, not when it appears).
 */
export function PresentationBar({ presenter, stage }: PresentationBarProps) {
  const { t } = useTranslation();
  const next = useRef<HTMLButtonElement>(null);
  const { running, index, count, slide } = presenter;

  // Keyboard users land on "Neste" when the presentation starts.
  useEffect(() => {
    if (running) next.current?.focus();
  }, [running]);

  if (!stage) return null;
  return createPortal(
    <>
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="presentation-announcement">
        {presenter.announcement}
      </div>
      {running && slide ? (
        <div className="presentation-bar" role="group" aria-label={t('presentation.controls')}>
          <div className="presentation-bar__row">
            <Button onClick={() => presenter.go(-1)} aria-disabled={index === 0}>
              <span aria-hidden="true">← </span>
              {t('presentation.previous')}
            </Button>
            <p className="presentation-bar__counter" data-testid="presentation-counter">
              <span className="presentation-bar__title">{slide.title}</span>{' '}
              <span className="presentation-bar__position">{t('presentation.counter', { position: String(index + 1), count })}</span>
            </p>
            {/* A plain button: it takes focus when the presentation starts. */}
            <button ref={next} type="button" className="button button--secondary" onClick={() => presenter.go(1)} aria-disabled={index === count - 1}>
              {t('presentation.next')}
              <span aria-hidden="true"> →</span>
            </button>
            <Button variant="primary" onClick={presenter.stop} aria-keyshortcuts="Escape">
              {t('presentation.exit')}
            </Button>
          </div>
          <p className="presentation-bar__keys">{t('presentation.keys')}</p>
        </div>
      ) : null}
    </>,
    stage,
  );
}

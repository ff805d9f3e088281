import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Slide } from '../../../lib/slides/slide';
import type { Presenter } from '../hooks/use-presenter';

interface PresentationBarProps {
  presenter: Presenter<Slide>;
  /** The element shown full screen; the bar and the announcements live inside it so they stay visible. */
  stage: HTMLElement | null;
}

/** How long the mouse rests before the controls fade away. */
const restMs = 2500;

/**
 * The only controls on a presented slide: previous, "2 av 3", next and end, small, at the bottom.
 * They fade when the mouse rests and come back when it moves (or when the keyboard is in them).
 * The sentence for screen readers is always in the page (a live region is only read when it
 * changes, not when it appears).
 */
export function PresentationBar({ presenter, stage }: PresentationBarProps) {
  const { t } = useTranslation();
  const next = useRef<HTMLButtonElement>(null);
  const keysId = useId();
  const { running, index, count, slide } = presenter;
  const resting = useResting(running);

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
        <div
          className={resting ? 'presentation-bar presentation-bar--resting' : 'presentation-bar'}
          role="group"
          aria-label={t('presentation.controls')}
          aria-describedby={keysId}
        >
          <button type="button" className="presentation-bar__button" onClick={() => presenter.go(-1)} aria-disabled={index === 0}>
            <span aria-hidden="true">← </span>
            {t('presentation.previous')}
          </button>
          <p className="presentation-bar__counter" data-testid="presentation-counter">
            <span className="presentation-bar__title">{slide.title}</span>{' '}
            <span className="presentation-bar__position">{t('presentation.counter', { position: String(index + 1), count })}</span>
          </p>
          {/* It takes focus when the presentation starts. */}
          <button ref={next} type="button" className="presentation-bar__button" onClick={() => presenter.go(1)} aria-disabled={index === count - 1}>
            {t('presentation.next')}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="presentation-bar__button presentation-bar__exit" onClick={presenter.stop} aria-keyshortcuts="Escape">
            {t('presentation.exit')}
          </button>
          <p id={keysId} className="visually-hidden">
            {t('presentation.keys')}
          </p>
        </div>
      ) : null}
    </>,
    stage,
  );
}

/**
 * True once the mouse has rested a while during the presentation; any movement ends it. A key
 * pressed brings the controls back until the mouse moves again, so someone presenting from the
 * keyboard (who may never touch the mouse) always sees where they are.
 */
function useResting(running: boolean): boolean {
  const [resting, setResting] = useState(false);
  useEffect(() => {
    setResting(false);
    if (!running) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setResting(false);
      clearTimeout(timer);
      timer = setTimeout(() => setResting(true), restMs);
    };
    const keyboard = () => {
      setResting(false);
      clearTimeout(timer);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    window.addEventListener('keydown', keyboard);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', keyboard);
    };
  }, [running]);
  return resting;
}

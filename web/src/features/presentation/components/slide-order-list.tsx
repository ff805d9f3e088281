import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { moveSlide } from '../../../../../shared/presentation/slide-order';
import type { Slide } from '../../../lib/slides/slide';

interface SlideOrderListProps {
  slides: Slide[];
  /** Stores a new order for everyone; absent for people who may only look. */
  onReorder?: (order: string[]) => void;
}

/**
 * The slides as a numbered list; people who may edit move each one up or down with plain buttons
 * (reachable by keyboard, unlike dragging). Focus stays on the button used, and the new place is
 * announced.
 */
export function SlideOrderList({ slides, onReorder }: SlideOrderListProps) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const list = useRef<HTMLOListElement>(null);

  const move = (slide: Slide, by: number) => {
    if (!onReorder) return;
    const order = moveSlide(
      slides.map((candidate) => candidate.id),
      slide.id,
      by,
    );
    onReorder(order);
    setAnnouncement(t('presentation.moved', { title: slide.title, position: String(order.indexOf(slide.id) + 1), count: order.length }));
    const direction = by < 0 ? 'up' : 'down';
    // The row is drawn again at its new place; keep the keyboard on the same button there.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLButtonElement>(`[data-slide="${CSS.escape(slide.id)}"][data-direction="${direction}"]`)?.focus(),
    );
  };

  return (
    <>
      <ol className="slide-order" ref={list} aria-label={t('presentation.slides')}>
        {slides.map((slide, index) => (
          <li key={slide.id} className="slide-order__item">
            {/* A row inside the list item, which keeps its number, so the buttons line up whatever the title's length. */}
            <div className="slide-order__row">
              <span className="slide-order__title">{slide.title}</span>
              {onReorder ? (
                <span className="slide-order__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    data-slide={slide.id}
                    data-direction="up"
                    aria-label={t('presentation.move-up', { title: slide.title })}
                    aria-disabled={index === 0}
                    onClick={() => index > 0 && move(slide, -1)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t('presentation.up')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    data-slide={slide.id}
                    data-direction="down"
                    aria-label={t('presentation.move-down', { title: slide.title })}
                    aria-disabled={index === slides.length - 1}
                    onClick={() => index < slides.length - 1 && move(slide, 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('presentation.down')}
                  </button>
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

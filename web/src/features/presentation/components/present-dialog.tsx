import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import type { Slide } from '../../../lib/slides/slide';
import { SlideOrderList } from './slide-order-list';

interface PresentDialogProps {
  open: boolean;
  onClose: () => void;
  /** What the slides are (frames, phases, categories and groups). */
  intro: string;
  /** Shown instead of the list when there is nothing to present. */
  empty: string;
  slides: Slide[];
  canReorder: boolean;
  onReorder: (order: string[]) => void;
  onStart: () => void;
}

/** Before presenting: the slides in order, a way to change the order, and "Start presentasjonen". */
export function PresentDialog({ open, onClose, intro, empty, slides, canReorder, onReorder, onStart }: PresentDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('presentation.heading')} description={slides.length > 0 ? intro : empty}>
      {slides.length > 0 ? (
        <>
          <SlideOrderList slides={slides} onReorder={canReorder ? onReorder : undefined} />
          {!canReorder && slides.length > 1 ? <p className="presentation-note">{t('presentation.read-only')}</p> : null}
        </>
      ) : null}
      <div className="form-actions">
        {slides.length > 0 ? (
          <Button
            variant="primary"
            // Focus first here, not on the list's first button (moving the first slide up does nothing).
            autoFocus
            onClick={(event) => {
              // Closed at once, in the same click: full screen is refused while a modal dialog is open.
              event.currentTarget.closest('dialog')?.close();
              onStart();
            }}
          >
            {t('presentation.start')}
          </Button>
        ) : null}
        <Button onClick={onClose}>{t('common.close')}</Button>
      </div>
    </Dialog>
  );
}

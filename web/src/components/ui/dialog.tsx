import { Button as DsButton, Dialog as DsDialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InDialogContext } from './in-dialog-context';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra text read together with the title when the dialog opens. */
  description?: string;
  /**
   * Where focus goes when it opens: the first control (the browser's choice), or the title, for a
   * dialog whose first controls are far down or arrive later (a preview that loads).
   */
  initialFocus?: 'first-control' | 'title';
}

/**
 * Designsystemet's modal dialog, on the native `<dialog>` and `showModal()`: the browser traps focus,
 * closes it on Esc and makes the rest of the page inert. Focus goes back to where it was when it
 * closes. Content is only rendered while open, so forms inside start fresh every time. The close
 * button comes last in the tab order (it sits top right), so focus first lands on the content.
 */
export function Dialog({ open, title, onClose, children, description, initialFocus = 'first-control' }: DialogProps) {
  const { t } = useTranslation();
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const titleRef = useRef<HTMLHeadingElement | null>(null);
  const id = useId();

  // A layout effect runs before Designsystemet's dialog calls showModal() (in a passive effect), so
  // it still sees the element that opened the dialog.
  useLayoutEffect(() => {
    if (open && !returnFocusTo.current) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    }
  }, [open]);

  // Runs after Designsystemet's showModal() (a child's effect runs first), which focused the first
  // control and scrolled the dialog down to it if it is far down.
  useEffect(() => {
    if (!open || initialFocus !== 'title') return;
    titleRef.current?.focus({ preventScroll: true });
    titleRef.current?.closest('dialog')?.scrollTo({ top: 0 });
  }, [open, initialFocus]);

  useEffect(() => {
    if (open) return;
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);

  return (
    <DsDialog
      open={open}
      onClose={onClose}
      closeButton={false}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
    >
      {open ? (
        <InDialogContext.Provider value={true}>
          <Heading level={2} data-size="sm" id={`${id}-title`} className="dialog__title" ref={titleRef} tabIndex={initialFocus === 'title' ? -1 : undefined}>
            {title}
          </Heading>
          {description ? (
            <Paragraph id={`${id}-description`} className="dialog__description">
              {description}
            </Paragraph>
          ) : null}
          {children}
          <DsButton icon variant="tertiary" data-color="neutral" className="dialog__close" aria-label={t('dialog.close')} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </DsButton>
        </InDialogContext.Provider>
      ) : null}
    </DsDialog>
  );
}

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Extra text read together with the title when the dialog opens. */
  description?: string;
}

/**
 * A modal built on the native `<dialog>` and `showModal()`: the browser traps focus, closes it on
 * Esc and makes the rest of the page inert. Focus goes back to where it was when it closes.
 * Content is only rendered while open, so forms inside start fresh every time.
 */
export function Dialog({ open, title, onClose, children, description }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    if (open) return;
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target?.isConnected) target.focus();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      onClose={onClose}
    >
      {open ? (
        <>
          <h2 id={`${id}-title`} className="dialog__title">
            {title}
          </h2>
          {description ? <p id={`${id}-description`}>{description}</p> : null}
          {children}
        </>
      ) : null}
    </dialog>
  );
}

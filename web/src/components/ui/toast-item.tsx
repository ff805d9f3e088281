import { Alert, Button as DsButton, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button';
import type { ToastInput } from './toast-provider';

export interface Toast extends ToastInput {
  id: number;
}

/** Long enough to read, find and press "Angre" (WCAG 2.2.1); paused while hovered or focused. */
export const toastDurationMs = 15_000;

interface ToastItemProps {
  toast: Toast;
  onDismiss: (id: number) => void;
  /** Called when a button in the toast is used, so focus can go back where it came from. */
  onLeave: () => void;
}

/**
 * One toast. Designsystemet has no toast, so this is its alert (info or danger) made to float, with
 * its buttons for the follow-up and for closing.
 */
export function ToastItem({ toast, onDismiss, onLeave }: ToastItemProps) {
  const { t } = useTranslation();
  const [paused, setPaused] = useState(false);
  const remaining = useRef(toastDurationMs);

  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = window.setTimeout(() => onDismiss(toast.id), remaining.current);
    return () => {
      window.clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [paused, onDismiss, toast.id]);

  const close = () => {
    onLeave();
    onDismiss(toast.id);
  };

  return (
    <Alert
      data-color={toast.tone === 'error' ? 'danger' : 'info'}
      data-size="sm"
      className={`toast toast--${toast.tone ?? 'info'}`}
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <Paragraph className="toast__message">{toast.message}</Paragraph>
      {toast.action ? (
        <Button
          data-size="sm"
          onClick={() => {
            toast.action?.onAction();
            close();
          }}
        >
          {toast.action.label}
        </Button>
      ) : null}
      <DsButton icon variant="tertiary" data-color="neutral" data-size="sm" className="toast__close" aria-label={t('toast.close')} onClick={close}>
        <span aria-hidden="true">×</span>
      </DsButton>
    </Alert>
  );
}

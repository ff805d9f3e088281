import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ToastItem, type Toast } from './toast-item';

export interface ToastInput {
  message: string;
  /** One follow-up, such as "Angre". */
  action?: { label: string; onAction: () => void };
  tone?: 'info' | 'error';
  /**
   * Names the toast: shown again, it replaces the one still there instead of standing twice, and it
   * can be taken away once what it says no longer holds (`dismiss`).
   */
  key?: string;
}

interface ToastContextValue {
  show(toast: ToastInput): void;
  /** Takes away the toast shown with this key, if it is still there. */
  dismiss(key: string): void;
}

const ToastContext = createContext<ToastContextValue | null>(null);
const maxVisible = 3;

/**
 * Short messages after an action ("… er flyttet til arkivet. Angre"). They sit in a polite live
 * region that exists from the start, so screen readers announce new ones without losing focus.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const cameFrom = useRef<HTMLElement | null>(null);

  const dismissById = useCallback((id: number) => setToasts((current) => current.filter((toast) => toast.id !== id)), []);
  const show = useCallback((input: ToastInput) => {
    const toast = { ...input, id: nextId.current++ };
    setToasts((current) => [...current.filter((shown) => input.key === undefined || shown.key !== input.key), toast].slice(-maxVisible));
  }, []);
  const dismiss = useCallback((key: string) => setToasts((current) => current.filter((toast) => toast.key !== key)), []);
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss]);

  // A used toast disappears with its buttons; focus returns to where the reader came from.
  const leave = useCallback(() => {
    const target = cameFrom.current;
    cameFrom.current = null;
    const fallback = document.querySelector<HTMLElement>('main');
    (target?.isConnected ? target : fallback)?.focus();
  }, []);

  return (
    <ToastContext.Provider value={value}>
      {children}
      <section
        className="toasts"
        aria-label={t('toast.region')}
        onFocus={(event) => {
          const from = event.relatedTarget;
          if (from instanceof HTMLElement && !event.currentTarget.contains(from)) cameFrom.current = from;
        }}
      >
        <div role="status" aria-live="polite" className="toasts__list">
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} onDismiss={dismissById} onLeave={leave} />
          ))}
        </div>
      </section>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastContextValue {
  const value = useContext(ToastContext);
  if (!value) throw new Error('useToast must be used inside ToastProvider');
  return value;
}

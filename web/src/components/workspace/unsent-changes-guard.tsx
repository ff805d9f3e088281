import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../ui/confirm-dialog';

interface UnsentChangesGuardProps {
  /** Edits made while the connection is down that have not gone to the server yet. */
  unsent: boolean;
}

/**
 * Keeps a person from losing edits made offline by leaving the board: a link inside Planrom asks
 * first, and closing or reloading the tab gets the browser's own "leave the page?" question.
 * Once the edits have gone out, a held-back link is followed after all.
 */
export function UnsentChangesGuard({ unsent }: UnsentChangesGuardProps) {
  const { t } = useTranslation();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsent && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!unsent) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium asks only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsent]);

  useEffect(() => {
    if (!unsent && blocker.state === 'blocked') blocker.proceed();
  }, [unsent, blocker]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('board.unsent.heading')}
      text={t('board.unsent.text')}
      cancelLabel={t('board.unsent.stay')}
      confirmLabel={t('board.unsent.leave')}
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    />
  );
}

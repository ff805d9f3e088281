import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useToast } from '../../../components/ui/toast-provider';
import type { OpeningKind } from '../components/canvas/opening-view';

const noticeKey = 'diagram-opening-view';

/**
 * Tells the person that a big diagram opened on a part of it, and offers to show all of it. Not on
 * the meeting-room screen, where nobody reads it and the view follows the presenter. The callback
 * never changes, so the memoised canvas is not drawn again for it.
 */
export function useOpeningNotice(screen: boolean, showAll: () => void): (kind: Exclude<OpeningKind, 'whole'>) => void {
  const { t } = useTranslation();
  const toast = useToast();
  const latest = useRef({ t, toast, screen, showAll });
  latest.current = { t, toast, screen, showAll };
  return useCallback((kind) => {
    const { t, toast, screen, showAll } = latest.current;
    if (screen) return;
    toast.show({ key: noticeKey, message: t(`diagram.opening-view.${kind}`), action: { label: t('diagram.flow.fit-view'), onAction: showAll } });
  }, []);
}

/** Takes the notice away once the whole diagram is shown some other way (Shift+1, the canvas's own button): it no longer holds. */
export function useCloseOpeningNotice(): () => void {
  const { dismiss } = useToast();
  return useCallback(() => dismiss(noticeKey), [dismiss]);
}
